import DeliveryDomain
import Foundation

/// An order's `rm_orders` row as a pure fold over its events: fmodel's *View*, an initial
/// state and an `evolve`, with no database in sight. ``OrderProjection`` folds each of a
/// batch's events into the row it holds in a ``ReadModelState``, and ``ReadModelWriter``
/// writes the row once when the batch ends; a test folds events straight into a row, as the
/// deciders' tests fold them into a state.
///
///     let row = events.reduce(OrderSummaryView.initialState) {
///         OrderSummaryView.evolve($0, $1, order: "ORDER1", position: 1)
///     }
///
/// The deadline and the estimates it keeps are the domain's (``OrderTimes``), so the row and
/// ``OrderState`` cannot disagree.
enum OrderSummaryView {
    /// No row until the order is placed.
    static let initialState: OrderSummary? = nil

    /// The row after `event`; an event for an order without a row (its placement not yet
    /// seen) leaves it absent.
    static func evolve(_ row: OrderSummary?, _ event: OrderEvent, order id: String, position: Int64) -> OrderSummary? {
        if case .placed(let e) = event { return placed(e, order: id, position: position) }
        guard var order = row else { return nil }
        switch event {
        case .placed:
            break
        case .paymentRequested(let e):
            order.card = e.card.description
            order.paymentNote = "payment pending"
        case .paymentApproved(let e):
            // A late approval of a stopped order does not bring it back; its refund follows.
            if order.orderStatus == .awaitingPayment && order.paidAt == nil {
                order.status = .awaitingConfirmation
                order.paidAt = e.at
                order.deadlineAt = OrderTimes.confirmationDeadline(opened: e.at, autoCancelMinutes: order.autoCancelMinutes)
                order.paymentNote = nil
            }
        case .paymentDeclined(let e):
            order.paymentNote = e.outcome.isProcessorFailure ? OrderSummary.processorFailedNote : "declined: \(e.reason)"
        case .cancelled(let e):
            order.status = .cancelled
            order.closedAt = e.at
            order.closeReason = e.reason
            order.deadlineAt = nil
        case .rejected(let e):
            order.status = .rejected
            order.closedAt = e.at
            order.closeReason = e.reason
            order.deadlineAt = nil
        case .refunded:
            order.refunded = true
        case .confirmed(let e):
            order.status = .cooking
            order.confirmedAt = e.at
            order.cookMinutes = e.cookMinutes
            order.deadlineAt = nil
        case .riderAssigned(let e):
            order.riderId = e.rider
        case .riderReleased:
            // Back in every rider's open jobs (`rider_id IS NULL`), gone from the releaser's own.
            order.riderId = nil
        case .deliveryStarted(let e):
            order.status = .deliveryStarted
            order.deliveryStartedAt = e.at
            order.travelMinutes = e.travelMinutes
        case .pickedUp(let e):
            order.status = .pickedUp
            order.pickedUpAt = e.at
        case .delivered(let e):
            order.status = .delivered
            order.deliveredAt = e.at
        case .reviewed(let e):
            order.reviewRating = e.rating
            order.reviewText = e.text
            order.reviewedAt = e.at
        case .reviewReplied(let e):
            order.replyText = e.text
            order.repliedAt = e.at
        case .queuedForKitchen:
            // Paid into a full kitchen: the store cannot see it, so no deadline runs yet.
            order.paymentNote = KitchenQueueProjection.queuedNote
            order.deadlineAt = nil
        case .admitted(let e):
            order.paymentNote = nil
            order.deadlineAt = OrderTimes.confirmationDeadline(opened: e.at, autoCancelMinutes: order.autoCancelMinutes)
        case .cardHoldReleased:
            break  // the worker's bookkeeping (rm_holds_to_release); the order's row shows nothing of it
        }
        order.updatedPosition = position
        return order
    }

    private static func placed(_ e: OrderEvent.Placed, order id: String, position: Int64) -> OrderSummary {
        OrderSummary(
            orderId: OrderID(id), customerId: e.customer, storeId: e.store, storeName: e.storeName,
            ownerId: e.owner, riderId: nil, status: .awaitingPayment,
            itemCount: e.lines.reduce(0) { $0 + $1.quantity },
            summary: e.lines.map { "\($0.name) ×\($0.quantity)" }.joined(separator: ", "), subtotal: e.subtotal.amount,
            deliveryFee: e.deliveryFee.amount, total: e.total.amount, autoCancelMinutes: e.autoCancelMinutes, card: nil,
            placedAt: e.at, paidAt: nil, deadlineAt: nil, confirmedAt: nil, cookMinutes: nil, deliveryStartedAt: nil,
            travelMinutes: nil, pickedUpAt: nil, deliveredAt: nil, closedAt: nil, closeReason: nil, refunded: false,
            paymentNote: nil, reviewRating: nil, reviewText: nil, reviewedAt: nil, replyText: nil, repliedAt: nil,
            updatedPosition: position, deliveryAddress: e.deliveryAddress, deliveryNote: e.deliveryNote)
    }
}
