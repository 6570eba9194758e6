import DeliveryDomain
import EventStore
import GRDB

/// Each store's waiting queue and its admission setting, for the worker and for customers
/// asking where they stand.
enum KitchenQueueProjection {
    /// What the customer's order shows while it waits (rm_orders.payment_note).
    static let queuedNote = "paid; waiting in the store's queue"
    /// SQL: orders the store may see, i.e. not waiting in its queue.
    static let notQueued = "order_id NOT IN (SELECT order_id FROM rm_kitchen_queue)"

    static func apply(_ event: OrderEvent, orderID: String, storeID: String, _ recorded: RecordedEvent, _ db: Database) throws {
        switch event {
        case .queuedForKitchen(let e):
            try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO rm_kitchen_queue(order_id, store_id, position, queued_at) VALUES (?, ?, ?, ?)
                    """
            ).execute(arguments: [orderID, storeID, recorded.position, e.at.timeIntervalSince1970])
        case .admitted(let e):
            try db.cachedStatement(sql: "DELETE FROM rm_kitchen_queue WHERE order_id = ?").execute(arguments: [orderID])
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO rm_admissions(order_id, store_id, admitted_at) VALUES (?, ?, ?)")
                .execute(arguments: [orderID, storeID, e.at.timeIntervalSince1970])
        case .cancelled, .rejected:
            try db.cachedStatement(sql: "DELETE FROM rm_kitchen_queue WHERE order_id = ?").execute(arguments: [orderID])
        default:
            break
        }
    }

    static func apply(_ event: AdmissionEvent, _ db: Database) throws {
        switch event {
        case .policySet(let e):
            try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO rm_admission_policies(store_id, kitchen_capacity, orders_per_minute) VALUES (?, ?, ?)
                    """
            ).execute(arguments: [e.store.rawValue, e.policy.kitchenCapacity, e.policy.ordersPerMinute])
        }
    }
}
