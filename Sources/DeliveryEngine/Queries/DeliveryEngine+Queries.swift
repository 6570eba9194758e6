import DeliveryDomain
import Foundation
import GRDB

public struct SalesReport: Sendable, Equatable {
    public let deliveredOrders: Int
    /// Food sold, without delivery fees.
    public let revenue: Won
    public let deliveryFees: Won
    public let todayOrders: Int
    public let todayRevenue: Won
    public let cancelledOrders: Int
    public let averageRating: Double?
    public let reviewCount: Int
}

extension DeliveryEngine {
    public func categories() async throws(DeliveryError) -> [String] {
        try await read { db in try String.fetchAll(db, sql: "SELECT DISTINCT category FROM rm_stores ORDER BY category") }
    }

    public func menu(of store: StoreID) async throws(DeliveryError) -> [MenuEntry] {
        try await read { db in
            try MenuEntry.fetchAll(db, sql: "SELECT * FROM rm_menu WHERE store_id = ? ORDER BY seq", arguments: [store.rawValue])
        }
    }

    public func ownedStores(_ owner: Actor) async throws(DeliveryError) -> [StoreSummary] {
        try await read { db in
            try StoreSummary.fetchAll(
                db, sql: "SELECT * FROM rm_stores WHERE owner_id = ? ORDER BY registered_at, name",
                arguments: [owner.account.rawValue])
        }
    }

    /// An owner's orders in the given statuses, oldest first: the queue a kitchen works through.
    public func storeOrders(_ owner: Actor, statuses: [OrderStatus]) async throws(DeliveryError) -> [OrderSummary] {
        let wanted = statuses.map(\.rawValue)
        return try await read { db in
            try OrderSummary.fetchAll(
                db,
                sql: """
                    SELECT * FROM rm_orders WHERE owner_id = ? AND status IN (SELECT value FROM json_each(?))
                      AND \(KitchenQueueProjection.notQueued)
                    ORDER BY placed_at, order_id
                    """, arguments: [owner.account.rawValue, Self.json(wanted)])
        }
    }

    /// Confirmed orders no rider holds yet, oldest first.
    public func openJobs() async throws(DeliveryError) -> [OrderSummary] {
        try await read { db in
            try OrderSummary.fetchAll(
                db,
                sql: """
                    SELECT * FROM rm_orders WHERE rider_id IS NULL AND status IN ('cooking', 'deliveryStarted')
                    ORDER BY confirmed_at, order_id
                    """)
        }
    }

    /// The rider's jobs under way, or (`finished`) those delivered in the last three months, as
    /// a customer's history goes back: newest first. A rider's whole record grows by dozens a
    /// day, and the past page reads it again at every change while it is open.
    public func riderJobs(_ rider: Actor, finished: Bool) async throws(DeliveryError) -> [OrderSummary] {
        let now = clock.now()
        let since = finished ? OrderLimits.historyStart(before: now) : .distantPast
        return try await read { db in
            try OrderSummary.fetchAll(
                db,
                sql: """
                    SELECT * FROM rm_orders WHERE rider_id = ? AND (status = 'delivered') = ? AND placed_at >= ?
                    ORDER BY placed_at DESC, order_id
                    """, arguments: [rider.account.rawValue, finished, since.timeIntervalSince1970])
        }
    }

    /// Every order of the last three months, cancelled ones included, newest first.
    public func history(_ customer: Actor) async throws(DeliveryError) -> [OrderSummary] {
        let since = OrderLimits.historyStart(before: clock.now())
        return try await read { db in
            try OrderSummary.fetchAll(
                db,
                sql: """
                    SELECT * FROM rm_orders WHERE customer_id = ? AND placed_at >= ?
                    ORDER BY placed_at DESC, order_id DESC
                    """, arguments: [customer.account.rawValue, since.timeIntervalSince1970])
        }
    }

    public func notifications(_ customer: Actor, limit: Int = 50) async throws(DeliveryError) -> [NotificationEntry] {
        try await read { db in
            let readUpTo =
                try Int64.fetchOne(
                    db, sql: "SELECT notifications_read_upto FROM rm_accounts WHERE account_id = ?",
                    arguments: [customer.account.rawValue]) ?? 0
            return try NotificationEntry.fetchAll(
                db,
                sql: """
                    SELECT * FROM rm_notifications WHERE account_id = ? ORDER BY position DESC LIMIT ?
                    """, arguments: [customer.account.rawValue, limit]
            ).map { entry in
                var entry = entry
                entry.unread = entry.position > readUpTo && entry.openedAt == nil
                return entry
            }
        }
    }

    public func unreadCount(_ customer: Actor) async throws(DeliveryError) -> Int {
        try await read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM rm_notifications n JOIN rm_accounts a ON a.account_id = n.account_id
                    WHERE n.account_id = ? AND n.position > a.notifications_read_upto AND n.opened_at IS NULL
                    """, arguments: [customer.account.rawValue]) ?? 0
        }
    }

    /// A store's sales, for its owner only: revenue is the owner's business.
    public func sales(of store: StoreID, as actor: Actor) async throws(DeliveryError) -> SalesReport {
        guard actor.role == .owner else { throw .refused(.wrongRole(expected: .owner, actual: actor.role)) }
        guard try await storeState(store).owner == actor.account else { throw .refused(.salesAreTheOwners) }
        return try await sales(of: store)
    }

    func sales(of store: StoreID) async throws(DeliveryError) -> SalesReport {
        let today = KoreanTime.day(clock.now())
        return try await read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT
                      COUNT(*) FILTER (WHERE status = 'delivered') AS delivered,
                      COALESCE(SUM(subtotal) FILTER (WHERE status = 'delivered'), 0) AS revenue,
                      COALESCE(SUM(delivery_fee) FILTER (WHERE status = 'delivered'), 0) AS fees,
                      COUNT(*) FILTER (WHERE status = 'delivered' AND date(delivered_at + 9 * 3600, 'unixepoch') = ?) AS today,
                      COALESCE(SUM(subtotal) FILTER (WHERE status = 'delivered' AND date(delivered_at + 9 * 3600, 'unixepoch') = ?), 0) AS today_revenue,
                      COUNT(*) FILTER (WHERE status IN ('cancelled', 'rejected') AND paid_at IS NOT NULL) AS cancelled
                    FROM rm_orders WHERE store_id = ?
                    """, arguments: [today, today, store.rawValue])!
            let rating = try Row.fetchOne(
                db, sql: "SELECT rating_sum, rating_count FROM rm_stores WHERE store_id = ?",
                arguments: [store.rawValue])
            let count: Int = rating?["rating_count"] ?? 0
            let sum: Int = rating?["rating_sum"] ?? 0
            return SalesReport(
                deliveredOrders: row["delivered"], revenue: Won(row["revenue"]), deliveryFees: Won(row["fees"]),
                todayOrders: row["today"], todayRevenue: Won(row["today_revenue"]), cancelledOrders: row["cancelled"],
                averageRating: count == 0 ? nil : Double(sum) / Double(count), reviewCount: count)
        }
    }

    /// Reviewed orders of a store, newest review first.
    public func reviews(of store: StoreID) async throws(DeliveryError) -> [OrderSummary] {
        try await read { db in
            try OrderSummary.fetchAll(
                db,
                sql: """
                    SELECT * FROM rm_orders WHERE store_id = ? AND reviewed_at IS NOT NULL ORDER BY reviewed_at DESC
                    """, arguments: [store.rawValue])
        }
    }

    static func json(_ values: [String]) -> String {
        (try? String(data: JSONEncoder().encode(values), encoding: .utf8)) ?? "[]"
    }
}
