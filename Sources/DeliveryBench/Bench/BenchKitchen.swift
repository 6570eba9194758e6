import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments

/// The one store every measured order goes to, and the customers who order from it:
/// open all day (so a run at 3 a.m. is not refused), no minimum, a short Korean menu.
struct BenchKitchen: Sendable {
    let store: StoreID
    let menu: [MenuItemID]
    let customers: [Actor]

    static let menu: [(name: String, price: Won)] = [
        ("김치찌개", 9_000), ("된장찌개", 8_500), ("제육볶음", 11_000), ("공기밥", 1_000),
    ]

    static let profile = StoreProfile(
        name: "벤치 식당", address: "서울특별시 마포구 와우산로 94", category: "한식", hours: .allDay,
        minimumOrder: 0, deliveryFee: 3_000, payoutAccount: "국민 123-456-789", businessNumber: "123-45-67891")

    /// Visa 4242…: the sandbox approves it, so every order makes both appends.
    static let card = CardDetails(number: TestCards.visaApproved, expiryMonth: 12, expiryYear: 2030, cvc: "123")

    /// Signs up the owner and the customers and registers the store, through the engine like
    /// any session would.
    static func setUp(in engine: DeliveryEngine, customers count: Int) async throws -> BenchKitchen {
        let owner = try await engine.signUp(name: "bench-owner", role: .owner, password: "bench-password")
        let store = try await engine.registerStore(profile, as: owner)
        var items: [MenuItemID] = []
        for (name, price) in menu {
            items.append(try await engine.addMenuItem(to: store, name: name, price: price, as: owner))
        }
        var customers: [Actor] = []
        for index in 0..<count {
            customers.append(
                try await engine.signUp(
                    name: "bench-customer-\(index)", role: .customer,
                    password: "bench-password"))
        }
        return BenchKitchen(store: store, menu: items, customers: customers)
    }

    /// A cart that varies with the order number, so payloads are not all one size.
    func lines(forOrder number: Int) -> [CartLine] {
        let main = menu[number % (menu.count - 1)]
        var lines = [CartLine(item: main, quantity: 1 + number % 2)]
        if number % 3 == 0, let rice = menu.last { lines.append(CartLine(item: rice, quantity: 1)) }
        return lines
    }

    /// One measured unit: place the order with the card (append 1: OrderPlaced +
    /// PaymentRequested), then charge the sandbox and record the outcome (append 2).
    func placeAndPay(_ engine: DeliveryEngine, as customer: Actor, orderNumber: Int) async throws {
        let result = try await engine.placeOrder(
            from: store, lines: lines(forOrder: orderNumber),
            card: Self.card, as: customer)
        guard case .paid? = result.payment else {
            throw BenchFailure("order \(result.order) was not paid: \(result.payment?.description ?? "no payment")")
        }
    }
}

/// A benchmark that cannot measure what it set out to stops with this, rather than report a
/// number for something else.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
