import DeliveryDomain
import EventStore
import Foundation

/// Limited stock for an event dish, split over shard streams so a rush does not serialise on one
/// stream: an order takes its portions from a shard that holds them all (a random one of those),
/// or from several at once; each shard refuses to go below zero on its own latest state, so the
/// dish is never oversold.
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
        return try await shardStates(item, shards: shards).reduce(0) { $0 + $1.state.remaining }
    }

    /// Every shard of the dish as it stands, from one read of all the shard streams (each only
    /// past the version its kept state covers): the states are of one moment, for one round trip.
    private func shardStates(_ item: MenuItemID, shards: Int) async throws(DeliveryError)
        -> [(state: StockShardState, version: Int)]
    {
        let shardStates = handler(StockShardDecider.self, shared: true)
        let streams = (0..<shards).map { Self.stockShard(item, $0) }
        do {
            let answers = try await store.readStreams(streams.map { (stream: $0, fromVersion: shardStates.keptVersion($0) + 1) })
            return try zip(streams, answers).map { try shardStates.fold($0, newer: $1) }
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

    /// Takes the line's portions in one step, planned on one read of every shard: from one
    /// shard that holds enough (writers of one shard take turns in the process), or, when no
    /// shard does, from several in one atomic append. An order never holds part of the last
    /// portions while it looks for the rest, so it never hands them back after other customers
    /// were refused, and the dish sells out exactly. When a shard moved on before the step
    /// (another order took from it), the step is planned again on fresh states. The shards
    /// taken from are appended to `taken`, so a later failure gives everything back.
    private func reserve(
        _ line: CartLine, named name: String, order: OrderID, shards: Int,
        into taken: inout [StreamID]
    ) async throws(DeliveryError) {
        for _ in 1...Self.reservationRounds {
            let states = try await shardStates(line.item, shards: shards)
            let left = states.map(\.state.remaining)
            guard left.reduce(0, +) >= line.quantity else { throw .refused(.soldOut(name)) }
            let plan = Self.reservationPlan(left: left, needed: line.quantity)
            let streams = plan.map { Self.stockShard(line.item, $0.shard) }
            do {
                if let whole = plan.first, plan.count == 1 {
                    try await reserveWhole(whole.take, on: streams[0], order: order, name: name)
                } else {
                    try await reserveAcross(zip(streams, plan).map { ($0, $1.take, states[$1.shard]) }, order: order, name: name)
                }
                taken += streams
                return
            } catch .refused(.soldOut), .busy {
                continue  // a shard moved on meanwhile: plan again
            }
        }
        // Still losing every race after all rounds: say "busy, try again", not "sold out".
        throw .busy(stream: Self.stockPlan(line.item).rawValue, attempts: Self.reservationRounds)
    }

    /// The whole line from one shard, in that shard's turn, on its latest state: refused as sold
    /// out (and so planned again) if the shard no longer holds enough.
    private func reserveWhole(_ quantity: Int, on stream: StreamID, order: OrderID, name: String) async throws(DeliveryError) {
        _ = try await run(StockShardDecider.self, stream, actor: "stock", shared: true) { state, now in
            guard state.remaining >= quantity else { throw RuleViolation.soldOut(name) }
            return .reservePart(order: order, upTo: quantity, itemName: name, now: now)
        }
    }

    /// Parts of the line from several shards, decided on the states just read and appended
    /// together: all or none. A shard that moved on since refuses the whole step (`busy`).
    private func reserveAcross(
        _ parts: [(stream: StreamID, take: Int, shard: (state: StockShardState, version: Int))],
        order: OrderID, name: String
    ) async throws(DeliveryError) {
        let now = clock.now()
        let metadata = EventMetadata(actor: "stock", causationID: nil, correlationID: ids.eventID())
        do {
            var requests: [AppendRequest] = []
            var after: [(stream: StreamID, state: StockShardState, version: Int)] = []
            for part in parts {
                let events = try StockShardDecider.decide(
                    .reservePart(order: order, upTo: part.take, itemName: name, now: now), part.shard.state)
                guard !events.isEmpty else { continue }
                requests.append(
                    AppendRequest(
                        stream: part.stream, expectedVersion: part.shard.version == 0 ? .noStream : .exactly(part.shard.version),
                        events: try events.map { try codec.newEvent($0, id: ids.eventID(), metadata: metadata) }, recordedAt: now))
                after.append((part.stream, events.reduce(part.shard.state, StockShardDecider.evolve), part.shard.version + events.count))
            }
            _ = try await store.appendAll(requests)
            for shard in after { sharedStreams.keep(shard.state, version: shard.version, for: shard.stream) }
        } catch EventStoreError.wrongExpectedVersion(let stream, _, _) {
            throw .busy(stream: stream.rawValue, attempts: 1)
        } catch {
            throw DeliveryError.wrap(error)
        }
    }

    /// Which shards to take the line from: one that holds it all where there is one, else the
    /// fullest first, as many as it takes.
    package static func reservationPlan(left: [Int], needed: Int) -> [(shard: Int, take: Int)] {
        var plan: [(shard: Int, take: Int)] = []
        var remaining = needed
        for shard in shardVisitOrder(left: left, needed: needed) where remaining > 0 {
            let take = min(left[shard], remaining)
            plan.append((shard, take))
            remaining -= take
        }
        return plan
    }

    /// Which shards to try, in order: first those that could serve the whole line alone, in a
    /// random order so a rush spreads over them, then the rest fullest first; empty ones not at
    /// all. Taking a line from one shard where one can serve it keeps an order from holding
    /// part of the last portions while it looks for the rest, then handing them back after
    /// other customers were already refused.
    package static func shardVisitOrder(left: [Int], needed: Int) -> [Int] {
        let stocked = left.indices.filter { left[$0] > 0 }.shuffled()
        let whole = stocked.filter { left[$0] >= needed }
        let partial = stocked.filter { left[$0] < needed }.sorted { left[$0] > left[$1] }
        return whole + partial
    }

    /// Plans tried before a rush that never lets this order win is answered "busy, try again".
    static let reservationRounds = 8

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
