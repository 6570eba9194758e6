import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing

@Suite("Limited stock")
struct StockTests {
    @Test func concurrentCustomersNeverOversellAShardedDish() async throws {
        let outbox = try await OutboxWorld.make()
        let world = outbox.world
        try await outbox.engine.limitStock(of: world.jjajang, in: world.store, quantity: 24, shards: 4, as: world.owner)
        #expect(try await outbox.engine.remainingStock(world.jjajang) == 24)
        // Two portions per order (the store's minimum): 6 per shard is exactly 3 orders each.
        let placed = await outbox.placeAtOnce(30)
        #expect(placed == 12)
        #expect(try await outbox.engine.remainingStock(world.jjajang) == 0)
    }

    @Test func aCancelledOrderGivesItsPortionsBack() async throws {
        let outbox = try await OutboxWorld.make()
        let world = outbox.world
        try await outbox.engine.limitStock(of: world.jjajang, in: world.store, quantity: 2, shards: 1, as: world.owner)
        let order = try await outbox.place().order
        await #expect(throws: DeliveryError.refused(.soldOut("짜장면"))) { _ = try await outbox.place() }
        try await outbox.engine.cancel(order, as: world.customer)
        #expect(try await outbox.engine.remainingStock(world.jjajang) == 2)
        _ = try await outbox.place()
    }

    @Test func anOrderIsServedFromSeveralShardsSoNoPortionIsStranded() async throws {
        let outbox = try await OutboxWorld.make()
        let world = outbox.world
        // 3 portions over 2 shards: 2 + 1. Every order takes 2 (TestWorld's cart).
        try await outbox.engine.limitStock(of: world.jjajang, in: world.store, quantity: 3, shards: 2, as: world.owner)
        _ = try await outbox.place()
        #expect(try await outbox.engine.remainingStock(world.jjajang) == 1)
        await #expect(throws: DeliveryError.refused(.soldOut("짜장면"))) { _ = try await outbox.place() }
        // The refused order took nothing: the last portion is still there.
        #expect(try await outbox.engine.remainingStock(world.jjajang) == 1)
    }

    /// The shards are read together first: when they hold too few portions between them, the
    /// order is refused at once, with nothing written, not after holding and handing back a part.
    @Test func tooFewPortionsAcrossTheShardsIsRefusedWithoutWritingAnything() async throws {
        let outbox = try await OutboxWorld.make()
        let world = outbox.world
        // 3 portions over 3 shards, one each; an order takes 2, then 2 more are wanted with 1 left.
        try await outbox.engine.limitStock(of: world.jjajang, in: world.store, quantity: 3, shards: 3, as: world.owner)
        _ = try await outbox.place()
        let head = try await outbox.engine.headPosition()
        await #expect(throws: DeliveryError.refused(.soldOut("짜장면"))) { _ = try await outbox.place() }
        #expect(try await outbox.engine.headPosition() == head, "no part was reserved and released")
        #expect(try await outbox.engine.remainingStock(world.jjajang) == 1)
    }

    /// A shard that can serve the whole line alone is tried before any that would serve only
    /// part of it, and an empty one never.
    @Test func aLineIsPlannedOnOneShardWhereOneHoldsItAll() {
        let plan = DeliveryEngine.reservationPlan(left: [0, 1, 3, 1], needed: 2)
        #expect(plan.count == 1 && plan[0].shard == 2 && plan[0].take == 2)
        let spread = DeliveryEngine.reservationPlan(left: [1, 0, 1, 1], needed: 2)
        #expect(spread.map(\.take) == [1, 1] && Set(spread.map(\.shard)).isSubset(of: [0, 2, 3]))
    }

    @Test func shardsThatCanServeTheWholeLineAreTriedFirst() {
        let left = [0, 1, 3, 2, 0, 5, 1]
        for _ in 0..<20 {
            let visits = DeliveryEngine.shardVisitOrder(left: left, needed: 2)
            #expect(Set(visits.prefix(3)) == [2, 3, 5])
            #expect(Set(visits.suffix(2)) == [1, 6])
            #expect(visits.count == 5, "the empty shards 0 and 4 are not visited")
        }
        #expect(DeliveryEngine.shardVisitOrder(left: [1, 3, 2], needed: 5) == [1, 2, 0], "none can serve it alone: fullest first")
    }

    /// The last portions lie one per shard, so every order needs two shards at once. Taken in
    /// one atomic step, no order ever holds one portion while another holds the other and both
    /// give up: four customers for eight portions all get their order, and nothing is left.
    @Test func ordersRacingForPortionsSpreadOverShardsAllGetThem() async throws {
        for _ in 0..<5 {
            let outbox = try await OutboxWorld.make()
            let world = outbox.world
            try await outbox.engine.limitStock(of: world.jjajang, in: world.store, quantity: 8, shards: 8, as: world.owner)
            let placed = await outbox.placeAtOnce(4)
            #expect(placed == 4)
            #expect(try await outbox.engine.remainingStock(world.jjajang) == 0)
        }
    }

    @Test func portionsLeftOneByOneOnDifferentShardsStillMakeAnOrder() async throws {
        let outbox = try await OutboxWorld.make()
        let world = outbox.world
        // 4 portions over 4 shards, one each: no shard alone can serve an order of 2.
        try await outbox.engine.limitStock(of: world.jjajang, in: world.store, quantity: 4, shards: 4, as: world.owner)
        let first = try await outbox.place().order
        _ = try await outbox.place()
        #expect(try await outbox.engine.remainingStock(world.jjajang) == 0)
        await #expect(throws: DeliveryError.refused(.soldOut("짜장면"))) { _ = try await outbox.place() }
        // A cancelled order gives back every shard's part.
        try await outbox.engine.cancel(first, as: world.customer)
        #expect(try await outbox.engine.remainingStock(world.jjajang) == 2)
    }
}
