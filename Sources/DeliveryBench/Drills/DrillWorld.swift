import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments

/// The drill's fixture: one owner, one store open all day, one dish, and the customers.
struct DrillWorld: Sendable {
    let owner: Actor
    let store: StoreID
    let item: MenuItemID
    let customers: [Actor]

    static let card = CardDetails(number: "4242 4242 4242 4242", expiryMonth: 12, expiryYear: 2030, cvc: "123")

    static func make(engine: DeliveryEngine, customers count: Int) async throws -> DrillWorld {
        let owner = try await engine.signUp(name: "드릴사장", role: .owner, password: "drill-owner-1")
        let profile = StoreProfile(
            name: "드릴반점", address: "서울 마포구 양화로 1", category: "중식", hours: .allDay, minimumOrder: 0,
            deliveryFee: 3_000, payoutAccount: "국민 000-000", businessNumber: "123-45-67891")
        let store = try await engine.registerStore(profile, as: owner)
        let item = try await engine.addMenuItem(to: store, name: "짜장면", price: 7_000, as: owner)
        // Sign the customers up a few at a time, before the clock of the drill starts.
        var customers: [Actor] = []
        var next = 0
        while next < count {
            let batch = min(16, count - next)
            let made = try await withThrowingTaskGroup(of: Actor.self) { group in
                for i in next..<(next + batch) {
                    group.addTask { try await engine.signUp(name: "손님\(i + 1)", role: .customer, password: "drill-pass-\(i)") }
                }
                return try await group.reduce(into: [Actor]()) { $0.append($1) }
            }
            customers += made
            next += batch
        }
        return DrillWorld(owner: owner, store: store, item: item, customers: customers)
    }
}
