import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing

/// The engine keeps the folded state of stores, admission settings and stock between loads.
/// What another process writes must still count at once.
@Suite("Kept store states")
struct SharedStreamCacheTests {
    @Test func aStoreChangedByAnotherProcessIsSeenByTheNextPlacement() async throws {
        let world = try await TestWorld.make()
        _ = try await world.paidOrder()  // the store's state is now kept by this engine
        let other = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        try await other.setMode(.paused, of: world.store, as: world.owner)

        await #expect(throws: DeliveryError.refused(.storePaused(name: "홍콩반점"))) {
            _ = try await world.engine.placeOrder(try await world.cart(), card: TestWorld.goodCard, as: world.customer)
        }
        try await other.setMode(.open, of: world.store, as: world.owner)
        _ = try await world.paidOrder()
    }

    /// A placement decides on the store this process keeps, without reading it; the append
    /// checks the store's version. Moved by another process meanwhile, the placement is
    /// decided again on the store as it now is: never on a stale price. A cart quoted at the
    /// old price is refused, saying so; lines with no quote take the new price.
    @Test func aPlacementOnAKeptStoreThatMovedIsDecidedAgain() async throws {
        let world = try await TestWorld.make()
        _ = try await world.paidOrder()  // the store's state is now kept by this engine
        let cart = try await world.cart()
        let other = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        try await other.editMenuItem(world.jjajang, in: world.store, price: 7_500, as: world.owner)

        await #expect(throws: DeliveryError.refused(.priceChanged(item: "짜장면", quoted: 7_000, now: 7_500))) {
            _ = try await world.engine.placeOrder(cart, card: TestWorld.goodCard, as: world.customer)
        }
        let unquoted = cart.lines.map { CartLine(item: $0.item, quantity: $0.quantity) }
        let placed = try await world.engine.placeOrder(
            from: world.store, lines: unquoted, card: TestWorld.goodCard, as: world.customer)
        let order = try await world.engine.orderState(placed.order)
        #expect(order.placed?.lines.map(\.unitPrice) == [7_500])
    }

    @Test func aMenuEditByAnotherProcessReachesTheKeptState() async throws {
        let world = try await TestWorld.make()
        #expect(try await world.engine.storeState(world.store).item(world.jjajang)?.price == 7_000)
        let other = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        try await other.editMenuItem(world.jjajang, in: world.store, price: 7_500, as: world.owner)
        try await other.setSoldOut(world.jjambbong, in: world.store, true, as: world.owner)

        let seen = try await world.engine.storeState(world.store)
        #expect(seen.item(world.jjajang)?.price == 7_500)
        #expect(seen.item(world.jjambbong)?.soldOut == true)
    }

    @Test func stockTakenInTwoProcessesIsNeverCountedTwice() async throws {
        let world = try await TestWorld.make()
        try await world.engine.limitStock(of: world.jjajang, in: world.store, quantity: 4, shards: 1, as: world.owner)
        let other = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        _ = try await world.paidOrder()  // 2 portions, through this engine's kept shard
        _ = try await other.placeOrder(try await world.cart(), card: TestWorld.goodCard, as: world.customer)
        #expect(try await world.engine.remainingStock(world.jjajang) == 0)
        await #expect(throws: DeliveryError.refused(.soldOut("짜장면"))) {
            _ = try await world.engine.placeOrder(try await world.cart(), card: TestWorld.goodCard, as: world.customer)
        }
    }
}
