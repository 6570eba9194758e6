import DeliveryDomain
import EventStore

/// What placing an order needs to know besides the cart: the store as it stands, its admission
/// setting, and which of the ordered dishes have limited stock.
struct PlacementContext: Sendable {
    let store: StoreState
    let admission: AdmissionPolicy
    /// Shards of each ordered dish whose stock is limited; absent when it is not.
    let stockShards: [MenuItemID: Int]
}

extension DeliveryEngine {
    /// Reads the store, its admission stream and the dishes' stock plans in one read of the log,
    /// each only past the version its kept state covers: a placement makes one round trip to
    /// the database before it appends, not one per stream.
    func placementContext(_ storeID: StoreID, items: [MenuItemID]) async throws(DeliveryError) -> PlacementContext {
        let stores = handler(StoreDecider.self, shared: true)
        let admissions = handler(AdmissionDecider.self, shared: true)
        let plans = handler(StockShardDecider.self, shared: true)
        let (storeStream, admissionStream) = (Streams.store(storeID), Streams.admission(storeID))
        let planStreams = items.map(Self.stockPlan)
        do {
            let answers = try await store.readStreams(
                [(stream: storeStream, fromVersion: stores.keptVersion(storeStream) + 1),
                 (stream: admissionStream, fromVersion: admissions.keptVersion(admissionStream) + 1)]
                + planStreams.map { (stream: $0, fromVersion: plans.keptVersion($0) + 1) })
            let store = try stores.fold(storeStream, newer: answers[0]).state
            guard store.exists else { throw DeliveryError.refused(.unknownStore(storeID.rawValue)) }
            let admission = try admissions.fold(admissionStream, newer: answers[1]).state.policy
            var shards: [MenuItemID: Int] = [:]
            for (index, item) in items.enumerated() {
                shards[item] = try plans.fold(planStreams[index], newer: answers[2 + index]).state.shards
            }
            return PlacementContext(store: store, admission: admission, stockShards: shards)
        } catch {
            throw DeliveryError.wrap(error)
        }
    }
}
