import DeliveryDomain
import EventStore
import Foundation
import GRDB

/// Keeps `rm_orders` (and the tables that hang off an order's events) up to date. What a row
/// becomes is the pure fold ``OrderSummaryView``; this file only reads and writes: the row
/// (through the batch's ``OrderRows``), the pending payments and kitchen queue, a store's
/// rating, and the customer's notifications.
enum OrderProjection {
    static func apply(_ event: OrderEvent, _ recorded: RecordedEvent, _ db: Database, rows: OrderRows) throws {
        let id = String(recorded.streamID.rawValue.dropFirst("order-".count))
        if case .placed = event {
            guard let order = OrderSummaryView.evolve(nil, event, order: id, position: recorded.position) else { return }
            rows.insert(order)
            try notify(event, recorded, order, db)
            return
        }
        guard let before = try rows.summary(id, db) else { return }
        try PendingPaymentProjection.apply(event, orderID: id, recorded, db)
        try KitchenQueueProjection.apply(event, orderID: id, storeID: before.storeId, recorded, db)
        if case .reviewed(let e) = event {
            try db.execute(
                sql: "UPDATE rm_stores SET rating_sum = rating_sum + ?, rating_count = rating_count + 1 WHERE store_id = ?",
                arguments: [e.rating, before.storeId])
        }
        guard let after = OrderSummaryView.evolve(before, event, order: id, position: recorded.position) else { return }
        rows.update(after)
        try notify(event, recorded, before, db)
    }

    /// The customer hears about every change of their order's status.
    private static func notify(_ event: OrderEvent, _ recorded: RecordedEvent, _ before: OrderSummary, _ db: Database) throws {
        guard let notice = CustomerNotice.message(for: event, order: before) else { return }
        try NotificationEntry(
            position: recorded.position, accountId: before.customerId, orderId: before.orderId,
            status: notice.status, message: notice.text, createdAt: recorded.recordedAt
        ).insert(db)
    }
}
