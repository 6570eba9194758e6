import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import TestCast
import TestScratch
import Testing

/// A fresh database with one store, its owner, a customer and two riders, on a simulated clock.
struct TestWorld {
    let engine: DeliveryEngine
    let clock: SimulatedClock
    let path: String
    let owner: Actor
    let customer: Actor
    let rider: Actor
    let otherRider: Actor
    let store: StoreID
    let jjajang: MenuItemID
    let jjambbong: MenuItemID

    static let noon = TestCast.noon
    static let goodCard = TestCast.goodCard
    static let declinedCard = TestCast.declinedCard

    static func temporaryPath() -> String {
        TestScratch.path("baedal-test", suffix: ".sqlite")
    }

    static func openEngine(_ path: String, clock: SimulatedClock, seed: UInt64 = 1) async throws -> DeliveryEngine {
        try await DeliveryEngine.open(
            path: path,
            options: .init(
                clock: clock, ids: .seeded(seed), hasher: .fastForTests, synchronous: .normal))
    }

    static func make(seed: UInt64 = 1) async throws -> TestWorld {
        let path = temporaryPath()
        let clock = SimulatedClock(noon)
        let engine = try await openEngine(path, clock: clock, seed: seed)
        let cast = try await TestCast.seed(on: engine, riders: 2, dishes: [("짜장면", 7_000), ("짬뽕", 8_000)])
        return TestWorld(
            engine: engine, clock: clock, path: path, owner: cast.owner, customer: cast.customer, rider: cast.riders[0],
            otherRider: cast.riders[1], store: cast.store, jjajang: cast.dishes[0], jjambbong: cast.dishes[1])
    }

    func cart(_ quantity: Int = 2) async throws -> Cart {
        var cart = Cart()
        let state = try await engine.storeState(store)
        try cart.add(state.item(jjajang)!, quantity: quantity, from: state)
        return cart
    }

    /// A paid order waiting for the store.
    func paidOrder() async throws -> OrderID {
        let result = try await engine.placeOrder(try await cart(), card: Self.goodCard, as: customer)
        #expect(result.payment == .paid(paymentID: "pay_sbx_000001") || result.payment?.description == "paid")
        return result.order
    }
}
