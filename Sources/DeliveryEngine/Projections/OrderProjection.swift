import DeliveryDomain
import EventStore
import Foundation
import GRDB

enum OrderProjection {
    static func apply(_ event: OrderEvent, _ recorded: RecordedEvent, _ db: Database, rows: OrderRows) throws {
        let id = String(recorded.streamID.rawValue.dropFirst("order-".count))
        if case .placed(let e) = event {
            let summary = e.lines.map { "\($0.name) ×\($0.quantity)" }.joined(separator: ", ")
            let order = OrderSummary(
                orderId: id, customerId: e.customer.rawValue, storeId: e.store.rawValue, storeName: e.storeName,
                ownerId: e.owner.rawValue, riderId: nil, status: OrderStatus.awaitingPayment.rawValue,
                itemCount: e.lines.reduce(0) { $0 + $1.quantity }, summary: summary, subtotal: e.subtotal.amount,
                deliveryFee: e.deliveryFee.amount, total: e.total.amount, autoCancelMinutes: e.autoCancelMinutes, card: nil, placedAt: e.at, paidAt: nil,
                deadlineAt: nil, confirmedAt: nil, cookMinutes: nil, deliveryStartedAt: nil, travelMinutes: nil,
                pickedUpAt: nil, deliveredAt: nil, closedAt: nil, closeReason: nil, refunded: false, paymentNote: nil,
                reviewRating: nil, reviewText: nil, reviewedAt: nil, replyText: nil, repliedAt: nil,
                updatedPosition: recorded.position
            )
            rows.insert(order)
            try notify(event, recorded, order, db)
            return
        }
        guard var order = try rows.summary(id, db) else { return }
        try PendingPaymentProjection.apply(event, orderID: id, recorded, db)
        try KitchenQueueProjection.apply(event, orderID: id, storeID: order.storeId, recorded, db)
        let before = order
        switch event {
        case .placed:
            break
        case .paymentRequested(let e):
            order.card = e.card.description
            order.paymentNote = "payment pending"
        case .paymentApproved(let e):
            if order.orderStatus == .awaitingPayment && order.paidAt == nil {
                order.status = OrderStatus.awaitingConfirmation.rawValue
                order.paidAt = e.at
                order.deadlineAt = OrderTimes.confirmationDeadline(opened: e.at, autoCancelMinutes: order.autoCancelMinutes)
                order.paymentNote = nil
            }
        case .paymentDeclined(let e):
            order.paymentNote = "declined: \(e.reason)"
        case .cancelled(let e):
            order.status = OrderStatus.cancelled.rawValue
            order.closedAt = e.at
            order.closeReason = e.reason
            order.deadlineAt = nil
        case .rejected(let e):
            order.status = OrderStatus.rejected.rawValue
            order.closedAt = e.at
            order.closeReason = e.reason
            order.deadlineAt = nil
        case .refunded:
            order.refunded = true
        case .confirmed(let e):
            order.status = OrderStatus.cooking.rawValue
            order.confirmedAt = e.at
            order.cookMinutes = e.cookMinutes
            order.deadlineAt = nil
        case .riderAssigned(let e):
            order.riderId = e.rider.rawValue
        case .deliveryStarted(let e):
            order.status = OrderStatus.deliveryStarted.rawValue
            order.deliveryStartedAt = e.at
            order.travelMinutes = e.travelMinutes
        case .pickedUp(let e):
            order.status = OrderStatus.pickedUp.rawValue
            order.pickedUpAt = e.at
        case .delivered(let e):
            order.status = OrderStatus.delivered.rawValue
            order.deliveredAt = e.at
        case .reviewed(let e):
            order.reviewRating = e.rating
            order.reviewText = e.text
            order.reviewedAt = e.at
            try db.execute(sql: "UPDATE rm_stores SET rating_sum = rating_sum + ?, rating_count = rating_count + 1 WHERE store_id = ?",
                           arguments: [e.rating, order.storeId])
        case .reviewReplied(let e):
            order.replyText = e.text
            order.repliedAt = e.at
        case .queuedForKitchen:
            order.paymentNote = KitchenQueueProjection.queuedNote
            order.deadlineAt = nil
        case .admitted(let e):
            order.paymentNote = nil
            order.deadlineAt = OrderTimes.confirmationDeadline(opened: e.at, autoCancelMinutes: order.autoCancelMinutes)
        }
        order.updatedPosition = recorded.position
        rows.update(order)
        try notify(event, recorded, before, db)
    }

    /// The customer hears about every change of their order's status.
    private static func notify(_ event: OrderEvent, _ recorded: RecordedEvent, _ before: OrderSummary, _ db: Database) throws {
        guard let notice = CustomerNotice.message(for: event, order: before) else { return }
        try NotificationEntry(position: recorded.position, accountId: before.customerId, orderId: before.orderId,
                              status: notice.status, message: notice.text, createdAt: recorded.recordedAt).insert(db)
    }
}
