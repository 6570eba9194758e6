import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments

/// The people and the store most engine tests start from, signed up in this order: 박사장 (an
/// owner), the customer 김민수, the riders asked for (정라이더, then 한라이더), then 박사장's
/// 홍콩반점 and its dishes. Only tests depend on this module.
///
/// The engines' ids are seeded, so the order of sign-ups is part of what a test sees: every
/// world seeds the same way, and one that needs fewer people asks for fewer.
public struct TestCast: Sendable {
    public let owner: Actor
    public let customer: Actor
    /// 정라이더, then 한라이더, as many as were asked for.
    public let riders: [Actor]
    public let store: StoreID
    /// The dishes in the order given.
    public let dishes: [MenuItemID]

    /// The tests' "now": 2026-11-25 12:00 in Korea, a Wednesday.
    public static let noon = KoreanTime.parse("2026-11-25 12:00")!
    /// The sandbox's card that is always approved, and one that is always declined.
    public static let goodCard = CardDetails(number: "4242 4242 4242 4242", expiryMonth: 12, expiryYear: 2030, cvc: "123")
    public static let declinedCard = CardDetails(
        number: "4000 0000 0000 0002", expiryMonth: 12, expiryYear: 2030, cvc: "123")

    /// 홍콩반점, open all day.
    public static func hongKongBanjeom(minimumOrder: Won = 12_000) -> StoreProfile {
        StoreProfile(
            name: "홍콩반점", address: "서울 마포구 양화로 45", category: "중식", hours: .allDay, minimumOrder: minimumOrder,
            deliveryFee: 3_000, payoutAccount: "국민 123-456", businessNumber: "123-45-67891")
    }

    /// Signs the cast up on `engine` and opens the store with `dishes` (name and price).
    public static func seed(
        on engine: DeliveryEngine, riders: Int = 0, dishes: [(name: String, price: Won)] = [("짜장면", 7_000)],
        minimumOrder: Won = 12_000
    ) async throws -> TestCast {
        let owner = try await engine.signUp(name: "박사장", role: .owner, password: "owner-12345")
        let customer = try await engine.signUp(name: "김민수", role: .customer, password: "minsu-12345")
        var signedUp: [Actor] = []
        for (name, password) in [("정라이더", "rider-12345"), ("한라이더", "rider-67890")].prefix(riders) {
            signedUp.append(try await engine.signUp(name: name, role: .rider, password: password))
        }
        let store = try await engine.registerStore(hongKongBanjeom(minimumOrder: minimumOrder), as: owner)
        var menu: [MenuItemID] = []
        for dish in dishes {
            menu.append(try await engine.addMenuItem(to: store, name: dish.name, price: dish.price, as: owner))
        }
        return TestCast(owner: owner, customer: customer, riders: signedUp, store: store, dishes: menu)
    }
}
