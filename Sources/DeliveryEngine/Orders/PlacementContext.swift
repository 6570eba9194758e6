import DeliveryDomain
import EventStore

/// What placing an order needs to know besides the cart: the store as it stands, its admission
/// setting, and which of the ordered dishes have limited stock.
struct PlacementContext: Sendable {
    let store: StoreState
    let admission: AdmissionPolicy
    /// Shards of each ordered dish whose stock is limited; absent when it is not.
    let stockShards: [MenuItemID: Int]
    /// The streams all this was folded from, at the versions seen: the order's append is
    /// refused if any has moved since, so a placement never goes through on a stale store.
    let conditions: [AppendCondition]
    /// Kept states without a read, or a read: a refusal decided on kept states may be stale
    /// (the store reopened in another process, say) and is decided again on a read.
    let basis: DecisionBasis
}

extension DeliveryEngine {
    /// The store, its admission stream and the dishes' stock plans.
    ///
    /// - Parameter kept: use the states this process keeps of those streams when it has them
    ///   all, without reading: the order's append then checks their versions under the write
    ///   lock (``PlacementContext/conditions``), and a placement that finds one moved reads
    ///   again. Otherwise (or without a kept state) one read of the log brings them up to date,
    ///   each only past the version its kept state covers.
    func placementContext(_ storeID: StoreID, items: [MenuItemID], kept: Bool) async throws(DeliveryError) -> PlacementContext {
        let stores = handler(StoreDecider.self, shared: true)
        let admissions = handler(AdmissionDecider.self, shared: true)
        let plans = handler(StockShardDecider.self, shared: true)
        let (storeStream, admissionStream) = (Streams.store(storeID), Streams.admission(storeID))
        let planStreams = items.map(Self.stockPlan)
        do {
            let store: (state: StoreState, version: Int)
            let admission: (state: AdmissionState, version: Int)
            var planStates: [(state: StockShardState, version: Int)] = []
            let basis: DecisionBasis
            if kept, let keptStore = stores.kept(storeStream), keptStore.state.exists,
                let keptAdmission = admissions.kept(admissionStream),
                case let keptPlans = planStreams.compactMap(plans.kept), keptPlans.count == planStreams.count
            {
                basis = .keptWithoutRead
                (store, admission, planStates) = (keptStore, keptAdmission, keptPlans)
            } else {
                basis = .read
                let answers = try await self.store.readStreams(
                    [
                        (stream: storeStream, fromVersion: stores.keptVersion(storeStream) + 1),
                        (stream: admissionStream, fromVersion: admissions.keptVersion(admissionStream) + 1),
                    ]
                        + planStreams.map { (stream: $0, fromVersion: plans.keptVersion($0) + 1) })
                store = try stores.fold(storeStream, newer: answers[0])
                admission = try admissions.fold(admissionStream, newer: answers[1])
                planStates = try planStreams.indices.map { try plans.fold(planStreams[$0], newer: answers[2 + $0]) }
            }
            guard store.state.exists else { throw DeliveryError.refused(.unknownStore(storeID.rawValue)) }
            var shards: [MenuItemID: Int] = [:]
            for (index, item) in items.enumerated() { shards[item] = planStates[index].state.shards }
            let conditions =
                [
                    AppendCondition(stream: storeStream, version: store.version),
                    AppendCondition(stream: admissionStream, version: admission.version),
                ]
                + planStreams.indices.map { AppendCondition(stream: planStreams[$0], version: planStates[$0].version) }
            return PlacementContext(
                store: store.state, admission: admission.state.policy, stockShards: shards,
                conditions: conditions, basis: basis)
        } catch {
            throw DeliveryError.wrap(error)
        }
    }
}
