import DeliveryDomain
import Foundation
import GRDB

/// Which queued orders the stores' kitchens have room for now, by the read models: for each
/// store with a queue, the first orders of it, as many as its ``AdmissionPolicy`` lets in given
/// the orders in its kitchen and those admitted in the last minute.
///
/// Asked by ``DeliveryEngine/admitQueuedOrders()`` and by an idle session's pulse, which only
/// needs to know whether there is any (``anyAdmissible(_:at:)``): nearly always no store has a
/// queue, and the first query says so.
enum KitchenRoom {
    static func admissible(_ db: Database, at now: Date) throws -> [OrderID] {
        let kitchen = AdmissionPolicy.kitchenStatuses.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let windowStart = now.timeIntervalSince1970 - AdmissionPolicy.rateWindow
        var due: [String] = []
        let stores = try Row.fetchAll(
            db,
            sql: """
                SELECT q.store_id AS store_id, a.kitchen_capacity AS capacity, a.orders_per_minute AS per_minute
                FROM (SELECT DISTINCT store_id FROM rm_kitchen_queue) q LEFT JOIN rm_admission_policies a ON a.store_id = q.store_id
                """)
        for store in stores {
            let storeID: String = store["store_id"]
            let policy = AdmissionPolicy(kitchenCapacity: store["capacity"], ordersPerMinute: store["per_minute"])
            // Only the counts a limit asks about are taken; the rule itself is the policy's.
            let inKitchen =
                policy.kitchenCapacity == nil
                ? 0
                : try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM rm_orders WHERE store_id = ? AND status IN (\(kitchen)) AND \(KitchenQueueProjection.notQueued)
                        """, arguments: [storeID]) ?? 0
            let lastMinute =
                policy.ordersPerMinute == nil
                ? 0
                : try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM rm_admissions WHERE store_id = ? AND admitted_at > ?
                        """, arguments: [storeID, windowStart]) ?? 0
            // No limit left (the owner lifted both): the whole queue goes in, a page at a time.
            let room = policy.room(inKitchen: inKitchen, admittedInLastMinute: lastMinute) ?? 10_000
            guard room > 0 else { continue }
            due += try String.fetchAll(
                db,
                sql: """
                    SELECT order_id FROM rm_kitchen_queue WHERE store_id = ? ORDER BY position LIMIT ?
                    """, arguments: [storeID, room])
        }
        return due.map(OrderID.init)
    }

    static func anyAdmissible(_ db: Database, at now: Date) throws -> Bool {
        try !admissible(db, at: now).isEmpty
    }
}
