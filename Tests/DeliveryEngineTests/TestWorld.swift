import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
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

    static let noon = KoreanTime.parse("2026-11-25 12:00")!
    static let goodCard = CardDetails(number: "4242 4242 4242 4242", expiryMonth: 12, expiryYear: 2030, cvc: "123")
    static let declinedCard = CardDetails(number: "4000 0000 0000 0002", expiryMonth: 12, expiryYear: 2030, cvc: "123")

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
        let owner = try await engine.signUp(name: "박사장", role: .owner, password: "owner-12345")
        let customer = try await engine.signUp(name: "김민수", role: .customer, password: "minsu-12345")
        let rider = try await engine.signUp(name: "정라이더", role: .rider, password: "rider-12345")
        let otherRider = try await engine.signUp(name: "한라이더", role: .rider, password: "rider-67890")
        let profile = StoreProfile(
            name: "홍콩반점", address: "서울 마포구 양화로 45", category: "중식", hours: .allDay, minimumOrder: 12_000,
            deliveryFee: 3_000, payoutAccount: "국민 123-456", businessNumber: "123-45-67891")
        let store = try await engine.registerStore(profile, as: owner)
        let jjajang = try await engine.addMenuItem(to: store, name: "짜장면", price: 7_000, as: owner)
        let jjambbong = try await engine.addMenuItem(to: store, name: "짬뽕", price: 8_000, as: owner)
        return TestWorld(
            engine: engine, clock: clock, path: path, owner: owner, customer: customer, rider: rider,
            otherRider: otherRider, store: store, jjajang: jjajang, jjambbong: jjambbong)
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
