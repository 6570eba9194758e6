import DeliveryDomain
import EventStore
import Foundation

/// Limited stock for an event dish, split over shard streams so a rush does not serialise on one
/// stream: an order reserves from a random shard, then tries the others; each shard refuses to
/// go below zero on its own latest state, so the dish is never oversold.
extension DeliveryEngine {
    static func stockPlan(_ item: MenuItemID) -> StreamID { StreamID("stockplan-\(item.rawValue)") }
    static func stockShard(_ item: MenuItemID, _ k: Int) -> StreamID { StreamID("stockshard-\(k)-\(item.rawValue)") }

    /// The owner limits a dish to `quantity` portions, spread over `shards` streams. Once only.
    public func limitStock(of item: MenuItemID, in store: StoreID, quantity: Int, shards: Int = 8, as actor: Actor)
        async throws(DeliveryError)
    {
        let state = try await storeState(store)
        guard actor.role == .owner else { throw .refused(.wrongRole(expected: .owner, actual: actor.role)) }
        guard state.owner == actor.account else { throw .refused(.notYourStore) }
        guard state.item(item) != nil else { throw .refused(.unknownMenuItem(item.rawValue)) }
        guard (1...64).contains(shards), quantity >= 0 else { throw .refused(.invalidQuantity(quantity)) }
        guard try await stockShards(item) == nil else { throw .refused(.duplicateMenuItem("stock for \(item.rawValue) is already set")) }
        let who = actor.account.rawValue
        for k in 0..<shards {
            let share = quantity / shards + (k < quantity % shards ? 1 : 0)
            _ = try await run(StockShardDecider.self, Self.stockShard(item, k), actor: who, shared: true) { _, now in
                .stock(item: item, quantity: share, shards: nil, now: now)
            }
        }
        // The plan last: until it exists no order reserves, and once it does every shard is stocked.
        _ = try await run(StockShardDecider.self, Self.stockPlan(item), actor: who, shared: true) { _, now in
            .stock(item: item, quantity: quantity, shards: shards, now: now)
        }
    }

    /// Over how many shards the dish's stock is spread; nil when it is not limited.
    public func stockShards(_ item: MenuItemID) async throws(DeliveryError) -> Int? {
        do { return try await handler(StockShardDecider.self, shared: true).load(Self.stockPlan(item)).state.shards } catch {
            throw DeliveryError.wrap(error)
        }
    }

    /// Portions left, summed over the shards.
    public func remainingStock(_ item: MenuItemID) async throws(DeliveryError) -> Int? {
        guard let shards = try await stockShards(item) else { return nil }
        return try await remainingByShard(item, shards: shards).reduce(0, +)
    }

    /// Each shard's portions left, from one read of all the shard streams (each only past the
    /// version its kept state covers), so the states are of one moment and cost one round trip.
    private func remainingByShard(_ item: MenuItemID, shards: Int) async throws(DeliveryError) -> [Int] {
        let shardStates = handler(StockShardDecider.self, shared: true)
        let streams = (0..<shards).map { Self.stockShard(item, $0) }
        do {
            let answers = try await store.readStreams(streams.map { (stream: $0, fromVersion: shardStates.keptVersion($0) + 1) })
            return try zip(streams, answers).map { try shardStates.fold($0, newer: $1).state.remaining }
        } catch {
            throw DeliveryError.wrap(error)
        }
    }

    /// Reserves every limited line for the order, or none: a refusal gives back what was taken.
    func reserveStock(for order: OrderID, lines: [CartLine], store: StoreState, shards limited: [MenuItemID: Int])
        async throws(DeliveryError) -> [StreamID]
    {
        var taken: [StreamID] = []
        for line in lines {
            guard let shards = limited[line.item] else { continue }
            let name = store.item(line.item)?.name ?? line.item.rawValue
            do {
                try await reserve(line, named: name, order: order, shards: shards, into: &taken)
            } catch {
                await releaseStock(taken, order: order)
                throw error
            }
        }
        return taken
    }

    /// Takes the line's portions from the shards, a random one first and then the others, as
    /// much from each as it has left: an order may be served by several shards, so the dish is
    /// sold out only when the shards together cannot cover the line. A shard too contended to
    /// win within the handler's retries (a rush on the dish) is passed over, and the round is
    /// tried again while any shard was merely contended. Every shard taken from is appended to
    /// `taken`, so a failure gives everything back.
    private func reserve(_ line: CartLine, named name: String, order: OrderID, shards: Int,
                         into taken: inout [StreamID]) async throws(DeliveryError)
    {
        // One read of every shard first: when they hold fewer portions than the line between them,
        // the dish is sold out, said at once instead of after visiting each shard in turn; and a
        // shard that was empty is not visited at all.
        let left = try await remainingByShard(line.item, shards: shards)
        guard left.reduce(0, +) >= line.quantity else { throw .refused(.soldOut(name)) }
        let start = Int.random(in: 0..<shards)
        var needed = line.quantity
        var contended = false
        for _ in 1...Self.reservationRounds where needed > 0 {
            contended = false
            for offset in 0..<shards where needed > 0 {
                let k = (start + offset) % shards
                let stream = Self.stockShard(line.item, k)
                guard left[k] > 0, !taken.contains(stream) else { continue }  // empty, or this order already holds part of it
                let wanted = needed
                do {
                    let outcome = try await run(StockShardDecider.self, stream, actor: "stock", shared: true) { _, now in
                        .reservePart(order: order, upTo: wanted, itemName: name, now: now)
                    }
                    taken.append(stream)
                    needed -= outcome.state.reservations[order] ?? 0
                } catch .refused(.soldOut) {
                    continue
                } catch .busy {
                    contended = true
                }
            }
            if !contended { break }
        }
        guard needed > 0 else { return }
        // Still losing every race after all rounds: say "busy, try again", not "sold out".
        if contended { throw .busy(stream: Self.stockPlan(line.item).rawValue, attempts: Self.reservationRounds * shards) }
        throw .refused(.soldOut(name))
    }

    /// Rounds over the shards before a rush that never lets this order win counts as sold out.
    static let reservationRounds = 4

    /// A stopped order (cancelled, rejected) gives its portions back.
    func releaseStock(ofStopped events: [OrderEvent], order: OrderID, lines: [OrderLine]) async {
        let stopped = events.contains { event in
            switch event {
            case .cancelled, .rejected: true
            default: false
            }
        }
        guard stopped else { return }
        for line in lines {
            guard let shards = try? await stockShards(line.item) else { continue }
            await releaseStock((0..<shards).map { Self.stockShard(line.item, $0) }, order: order)
        }
    }

    func releaseStock(_ streams: [StreamID], order: OrderID) async {
        for stream in streams {
            _ = try? await run(StockShardDecider.self, stream, actor: "stock", shared: true) { _, now in .release(order: order, now: now) }
        }
    }
}
