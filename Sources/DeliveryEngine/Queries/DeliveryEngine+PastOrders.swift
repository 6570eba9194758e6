import DeliveryDomain
import Foundation
import GRDB

/// A store's finished orders for its owner: the list a page at a time, and one order in full.
/// Both are the owner's business only, as the sales are.
extension DeliveryEngine {
    /// The store's delivered, cancelled and rejected orders, newest placed first, one page of
    /// at most `limit` from `cursor` on (nil: the newest). For the store's owner only.
    ///
    ///     let first = try await engine.pastOrders(of: store, as: owner)
    ///     let older = try await engine.pastOrders(of: store, as: owner, after: first.nextCursor)
    public func pastOrders(
        of store: StoreID, as actor: Actor, after cursor: PastOrdersCursor? = nil, limit: Int = PastOrdersPage.size
    ) async throws(DeliveryError) -> PastOrdersPage {
        try await checkOwns(store, actor)
        let limit = max(1, limit)
        let finished = Self.json(OrderStatus.allCases.filter(\.isFinal).map(\.rawValue))
        // One more than asked, to tell whether an older page follows.
        let rows = try await read { db in
            if let cursor {
                return try PastOrder.fetchAll(
                    db,
                    sql: """
                        SELECT \(PastOrder.columns) FROM rm_orders
                        WHERE store_id = ? AND status IN (SELECT value FROM json_each(?))
                          AND (placed_at < ? OR (placed_at = ? AND order_id < ?))
                        ORDER BY placed_at DESC, order_id DESC LIMIT ?
                        """,
                    arguments: [
                        store.rawValue, finished, cursor.placedAt.timeIntervalSince1970, cursor.placedAt.timeIntervalSince1970,
                        cursor.order.rawValue, limit + 1,
                    ])
            }
            return try PastOrder.fetchAll(
                db,
                sql: """
                    SELECT \(PastOrder.columns) FROM rm_orders
                    WHERE store_id = ? AND status IN (SELECT value FROM json_each(?))
                    ORDER BY placed_at DESC, order_id DESC LIMIT ?
                    """, arguments: [store.rawValue, finished, limit + 1])
        }
        return PastOrdersPage(orders: Array(rows.prefix(limit)), hasOlder: rows.count > limit)
    }

    /// One order of the owner's store in full, from its stream (``PastOrderDetail``). The order
    /// must be one of the owner's stores' (``OrderState/checkVisible(to:)``).
    public func pastOrder(_ order: OrderID, as actor: Actor) async throws(DeliveryError) -> PastOrderDetail {
        guard actor.role == .owner else { throw .refused(.wrongRole(expected: .owner, actual: actor.role)) }
        let state = try await orderState(order, as: actor)
        guard let placed = state.placed else { throw .refused(.unknownOrder(order.rawValue)) }
        let people = [placed.customer.rawValue, state.rider?.rawValue].compactMap { $0 }
        let names = try await read { db in
            try Dictionary(
                Row.fetchAll(
                    db, sql: "SELECT account_id, name FROM rm_accounts WHERE account_id IN (SELECT value FROM json_each(?))",
                    arguments: [Self.json(people)]
                ).map { ($0["account_id"] as String, $0["name"] as String) }, uniquingKeysWith: { first, _ in first })
        }
        return PastOrderDetail(
            state, placed: placed, customerName: names[placed.customer.rawValue] ?? placed.customer.rawValue,
            riderName: state.rider.map { names[$0.rawValue] ?? $0.rawValue })
    }

    /// Refuses anyone but `store`'s owner: a store's orders, like its sales, are its owner's business.
    private func checkOwns(_ store: StoreID, _ actor: Actor) async throws(DeliveryError) {
        guard actor.role == .owner else { throw .refused(.wrongRole(expected: .owner, actual: actor.role)) }
        guard try await storeState(store).owner == actor.account else { throw .refused(.notYourStore) }
    }
}
