import DeliveryDomain
import EventStore
import Foundation
import GRDB

/// Where a queued order stands, as its customer is told.
public struct QueuePlace: Sendable, Equatable {
    /// 1 for the next order to be let in.
    public let position: Int
    public let queueLength: Int
    /// A rough wait: the kitchen turns over `capacity` orders per preparation time.
    public let estimatedWaitMinutes: Int
}

extension DeliveryEngine {
    /// The owner limits how many orders the kitchen holds at once (nil lifts the limit).
    public func setKitchenCapacity(_ capacity: Int?, for store: StoreID, as actor: Actor) async throws(DeliveryError) {
        let state = try await storeState(store)
        guard let owner = state.owner else { throw .refused(.unknownStore(store.rawValue)) }
        _ = try await run(AdmissionDecider.self, Streams.admission(store), actor: actor.account.rawValue) { _, now in
            .setPolicy(AdmissionPolicy(kitchenCapacity: capacity), store: store, owner: owner, by: actor, now: now)
        }
    }

    /// The store's admission setting, folded from its own small stream.
    public func admissionPolicy(_ store: StoreID) async throws(DeliveryError) -> AdmissionPolicy {
        do { return try await handler(AdmissionDecider.self).load(Streams.admission(store)).state.policy } catch {
            throw DeliveryError.wrap(error)
        }
    }

    /// The customer's place in the store's queue; nil when the order is not queued.
    public func queuePlace(_ order: OrderID, as actor: Actor) async throws(DeliveryError) -> QueuePlace? {
        let state = try await orderState(order, as: actor)
        guard state.waitingInKitchenQueue, let storeID = state.placed?.store else { return nil }
        let prep = (try? await storeState(storeID).currentPrepMinutes) ?? 20
        return try await read { db in
            guard let mine = try Int64.fetchOne(db, sql: "SELECT position FROM rm_kitchen_queue WHERE order_id = ?",
                                                arguments: [order.rawValue]) else { return nil }
            let ahead = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM rm_kitchen_queue WHERE store_id = ? AND position < ?
                """, arguments: [storeID.rawValue, mine]) ?? 0
            let length = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rm_kitchen_queue WHERE store_id = ?",
                                          arguments: [storeID.rawValue]) ?? 0
            let capacity = max(1, try Int.fetchOne(db, sql: "SELECT kitchen_capacity FROM rm_admission WHERE store_id = ?",
                                                   arguments: [storeID.rawValue]) ?? 1)
            let rounds = (ahead + capacity) / capacity
            return QueuePlace(position: ahead + 1, queueLength: length, estimatedWaitMinutes: rounds * prep)
        }
    }

    /// How many paid orders wait in the store's queue: the owner's view of the rush.
    public func kitchenQueueLength(_ store: StoreID) async throws(DeliveryError) -> Int {
        try await read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rm_kitchen_queue WHERE store_id = ?",
                             arguments: [store.rawValue]) ?? 0
        }
    }

    /// The store's queue, next in first.
    public func kitchenQueue(_ store: StoreID) async throws(DeliveryError) -> [OrderID] {
        try await read { db in
            try String.fetchAll(db, sql: "SELECT order_id FROM rm_kitchen_queue WHERE store_id = ? ORDER BY position",
                                arguments: [store.rawValue]).map(OrderID.init)
        }
    }

    /// Lets queued orders into kitchens with room, oldest first. Only the leased payment worker
    /// calls this, so admission has a single writer and is exact, while each admission is written
    /// on the order's own stream: no row or stream that every order of the store must write.
    @discardableResult
    public func admitQueuedOrders() async throws(DeliveryError) -> [OrderID] {
        let kitchen = AdmissionPolicy.kitchenStatuses.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let due = try await read { db -> [String] in
            var due: [String] = []
            let stores = try Row.fetchAll(db, sql: """
                SELECT q.store_id AS store_id, a.kitchen_capacity AS capacity
                FROM (SELECT DISTINCT store_id FROM rm_kitchen_queue) q LEFT JOIN rm_admission a ON a.store_id = q.store_id
                """)
            for store in stores {
                let storeID: String = store["store_id"]
                let capacity: Int? = store["capacity"]
                let inKitchen = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM rm_orders WHERE store_id = ? AND status IN (\(kitchen)) AND \(KitchenQueueProjection.notQueued)
                    """, arguments: [storeID]) ?? 0
                let room = capacity.map { max(0, $0 - inKitchen) } ?? 10_000
                guard room > 0 else { continue }
                due += try String.fetchAll(db, sql: """
                    SELECT order_id FROM rm_kitchen_queue WHERE store_id = ? ORDER BY position LIMIT ?
                    """, arguments: [storeID, room])
            }
            return due
        }
        var admitted: [OrderID] = []
        for id in due.map(OrderID.init) {
            do {
                try await act(on: id, as: .system) { _, now in .admit(now: now) }
                admitted.append(id)
            } catch .refused {
                continue  // the customer left the queue meanwhile
            }
        }
        return admitted
    }
}
