import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
@testable import TerminalUI

/// The seeded world in the two situations of issue 5: the card processor not answering (a
/// payment waits in the outbox) and a store whose kitchen is full (paid orders wait in its
/// queue). Everything goes through the engine's public API on the simulated clock.
extension ScreenWorld {
    static let declinedCard = CardDetails(number: "4000 0000 0000 0002", expiryMonth: 12, expiryYear: 2030, cvc: "123")
    /// The sandbox's processor error: an HTTP 502, nothing charged.
    static let processorErrorCard = CardDetails(number: TestCards.processorError, expiryMonth: 12, expiryYear: 2030, cvc: "123")

    func actor(_ name: String) async throws -> Actor {
        try await engine.signIn(name: name, password: Self.passwords[name]!)
    }

    /// An engine on the same file whose checkout leaves the charge to the payment worker, as
    /// sessions do when payments go through a gateway over the network.
    func outboxEngine() async throws -> DeliveryEngine {
        try await DeliveryEngine.open(
            path: path,
            options: DeliveryEngine.Options(
                clock: clock, ids: .seeded(11), hasher: .fastForTests, queuesPayments: true))
    }

    func hongKong() async throws -> StoreID { try await engine.storeID(named: "홍콩반점") }

    func jjajang() async throws -> [CartLine] {
        let store = try await engine.storeState(try await hongKong())
        return [CartLine(item: store.menu.first { $0.name == "짜장면" }!.id, quantity: 2)]
    }

    /// 김민수 orders two 짜장면 at `time`; the card processor has not answered yet.
    @discardableResult
    func pendingPayment(at time: String = "2026-11-25 12:00", outbox: DeliveryEngine? = nil) async throws -> OrderID {
        at(time)
        let engine: DeliveryEngine
        if let outbox { engine = outbox } else { engine = try await outboxEngine() }
        let order = try await engine.placeOrder(
            from: try await hongKong(), lines: try await jjajang(), card: Self.card,
            as: try await actor("김민수")
        ).order
        clock.set(Self.now)
        return order
    }

    /// 김민수's card is declined: the order waits for another card.
    @discardableResult
    func declinedPayment() async throws -> OrderID {
        try await engine.placeOrder(
            from: try await hongKong(), lines: try await jjajang(), card: Self.declinedCard,
            as: try await actor("김민수")
        ).order
    }

    /// The card processor failed on 김민수's card (in-process payments settle at once): the
    /// order waits for payment, and nothing was charged.
    @discardableResult
    func failedPayment() async throws -> OrderID {
        try await engine.placeOrder(
            from: try await hongKong(), lines: try await jjajang(), card: Self.processorErrorCard,
            as: try await actor("김민수")
        ).order
    }

    /// 김민수's payment stayed unanswered past the limit, and the worker gave up on it.
    @discardableResult
    func expiredPayment() async throws -> OrderID {
        let outbox = try await outboxEngine()
        let order = try await pendingPayment(at: "2026-11-25 11:48", outbox: outbox)
        _ = try await outbox.expirePayment(order, limitSeconds: TimeInterval(PaymentDeadline.defaultMinutes * 60))
        return order
    }

    /// 홍콩반점 takes one order into its kitchen at once (it holds two), so paid orders queue:
    /// 이영희's, then 김민수's, then 이영희's again. Returns 김민수's and the first one ahead of it.
    @discardableResult
    func queuedOrders(capacity: Int = 1) async throws -> (mine: OrderID, ahead: OrderID) {
        let store = try await hongKong()
        try await engine.setKitchenCapacity(capacity, for: store, as: try await actor("박사장"))
        let younghee = try await actor("이영희")
        let ahead = try await engine.placeOrder(from: store, lines: try await jjajang(), card: Self.card, as: younghee).order
        let mine = try await engine.placeOrder(
            from: store, lines: try await jjajang(), card: Self.card,
            as: try await actor("김민수")
        ).order
        _ = try await engine.placeOrder(from: store, lines: try await jjajang(), card: Self.card, as: younghee)
        return (mine, ahead)
    }
}
