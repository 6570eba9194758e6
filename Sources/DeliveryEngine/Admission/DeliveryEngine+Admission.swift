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
    /// The per-minute limit, if any, stays as it was.
    public func setKitchenCapacity(_ capacity: Int?, for store: StoreID, as actor: Actor) async throws(DeliveryError) {
        try await changeAdmission(of: store, as: actor) { $0.kitchenCapacity = capacity }
    }

    /// The owner limits how many orders are let in per rolling minute (nil lifts the limit).
    /// The kitchen capacity, if any, stays as it was.
    public func setOrdersPerMinute(_ rate: Int?, for store: StoreID, as actor: Actor) async throws(DeliveryError) {
        try await changeAdmission(of: store, as: actor) { $0.ordersPerMinute = rate }
    }

    /// Changes one part of the policy on the state the command is decided on, so a retried
    /// command never overwrites the other part with a stale value.
    private func changeAdmission(
        of store: StoreID, as actor: Actor,
        _ change: @escaping @Sendable (inout AdmissionPolicy) -> Void
    ) async throws(DeliveryError) {
        let state = try await storeState(store)
        guard let owner = state.owner else { throw .refused(.unknownStore(store.rawValue)) }
        _ = try await run(AdmissionDecider.self, Streams.admission(store), actor: actor.account.rawValue, shared: true) { current, now in
            var policy = current.policy
            change(&policy)
            return .setPolicy(policy, store: store, owner: owner, by: actor, now: now)
        }
    }

    /// The store's admission setting, folded from its own small stream.
    public func admissionPolicy(_ store: StoreID) async throws(DeliveryError) -> AdmissionPolicy {
        do { return try await handler(AdmissionDecider.self, shared: true).load(Streams.admission(store)).state.policy } catch {
            throw DeliveryError.wrap(error)
        }
    }

    /// The customer's place in the store's queue; nil when the order is not queued.
    public func queuePlace(_ order: OrderID, as actor: Actor) async throws(DeliveryError) -> QueuePlace? {
        let state = try await orderState(order, as: actor)
        guard state.waitingInKitchenQueue, let storeID = state.placed?.store else { return nil }
        let prep = (try? await storeState(storeID).currentPrepMinutes) ?? 20
        return try await read { db in
            guard
                let mine = try Int64.fetchOne(
                    db, sql: "SELECT position FROM rm_kitchen_queue WHERE order_id = ?",
                    arguments: [order.rawValue])
            else { return nil }
            let ahead =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM rm_kitchen_queue WHERE store_id = ? AND position < ?
                        """, arguments: [storeID.rawValue, mine]) ?? 0
            let length =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM rm_kitchen_queue WHERE store_id = ?",
                    arguments: [storeID.rawValue]) ?? 0
            let limits = try Row.fetchOne(
                db, sql: "SELECT kitchen_capacity, orders_per_minute FROM rm_admission_policies WHERE store_id = ?",
                arguments: [storeID.rawValue])
            let capacity: Int? = limits?["kitchen_capacity"]
            let perMinute: Int? = limits?["orders_per_minute"]
            // The kitchen turns over `capacity` orders per preparation time; the rate lets in
            // `perMinute` a minute. The slower of the two sets the wait.
            let kitchenWait = capacity.map { ((ahead + $0) / $0) * prep } ?? 0
            let rateWait = perMinute.map { (ahead + $0) / $0 } ?? 0
            let wait = capacity == nil && perMinute == nil ? prep : max(kitchenWait, rateWait)
            return QueuePlace(position: ahead + 1, queueLength: length, estimatedWaitMinutes: wait)
        }
    }

    /// How many paid orders wait in the store's queue: the owner's view of the rush.
    public func kitchenQueueLength(_ store: StoreID) async throws(DeliveryError) -> Int {
        try await read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM rm_kitchen_queue WHERE store_id = ?",
                arguments: [store.rawValue]) ?? 0
        }
    }

    /// The store's queue, next in first.
    public func kitchenQueue(_ store: StoreID) async throws(DeliveryError) -> [OrderID] {
        try await read { db in
            try String.fetchAll(
                db, sql: "SELECT order_id FROM rm_kitchen_queue WHERE store_id = ? ORDER BY position",
                arguments: [store.rawValue]
            ).map(OrderID.init)
        }
    }

    /// Lets queued orders into kitchens with room, oldest first: no more than the kitchen capacity
    /// in the kitchen, and no more than the per-minute limit admitted in the 60 seconds before the
    /// engine clock's now (``KitchenRoom``). Each admission is written on the order's own stream:
    /// no row or stream that every order of the store must write.
    ///
    /// Who calls it: the leased payment worker, or, with in-process payments (no worker
    /// anywhere), every session's pulse and every script. Several at once stay exact: each picks
    /// the first orders of the queue as its read models show it, so two reading the same log
    /// pick the same orders and each order's stream refuses the second admission; one behind
    /// the log picks among orders the others have let in since (refused too), and a kitchen fills
    /// only by admissions, so nobody lets in more than the room there is.
    @discardableResult
    public func admitQueuedOrders() async throws(DeliveryError) -> [OrderID] {
        let now = clock.now()
        let due = try await read { db in try KitchenRoom.admissible(db, at: now) }
        var admitted: [OrderID] = []
        for id in due {
            do {
                try await act(on: id, as: .system) { _, now in .admit(now: now) }
                admitted.append(id)
            } catch .refused {
                continue  // the customer left the queue meanwhile, or another process let it in

            }
        }
        return admitted
    }
}
