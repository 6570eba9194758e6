import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Testing
@testable import TerminalUI

/// The checkout screen hands the payment module's ``CardDetails`` to the engine itself: no detour
/// through the executable's services, and no second card type on the way.
@Suite("Checkout effects") @MainActor
struct CheckoutEffectTests {
    @Test("Checkout and pay charge the card through the engine, with no session services at all")
    func checkoutCallsTheEngine() async throws {
        let world = try await ScreenWorld.seeded()
        let runner = EffectRunner(engine: world.engine, services: .unavailable)
        let minsu = try await world.engine.signIn(name: "김민수", password: ScreenWorld.passwords["김민수"]!)
        let store = try await world.engine.storeID(named: "홍콩반점")
        let item = try #require(try await world.engine.storeState(store).item(named: "짜장면"))
        let lines = [CartLine(item: item.id, quantity: 2)]

        let checkout = Action.checkout(
            store: store, lines: lines, payment: .card(ScreenWorld.card), deliverTo: ScreenWorld.minsuHome, by: minsu)
        let placed = await runner.perform(.send(checkout))
        guard case .sent(_, .success(.placed(let order, .paid?))) = placed else {
            Issue.record("expected a paid order, got \(String(describing: placed))")
            return
        }
        #expect(try await world.engine.orderState(order).placed != nil)

        let unpaid = await runner.perform(
            .send(
                .checkout(
                    store: store, lines: lines, payment: .card(ScreenWorld.declinedCard), deliverTo: ScreenWorld.minsuHome,
                    by: minsu)))
        guard case .sent(_, .success(.placed(let second, .declined?))) = unpaid else {
            Issue.record("expected a declined payment, got \(String(describing: unpaid))")
            return
        }
        let retry = await runner.perform(.send(.pay(second, payment: .card(ScreenWorld.card), by: minsu)))
        guard case .sent(_, .success(.payment(.paid))) = retry else {
            Issue.record("expected the retry to be paid, got \(String(describing: retry))")
            return
        }
    }

    @Test("An effect carrying a card prints, dumps and reflects without its number or CVC")
    func effectsHideTheCard() async throws {
        let card = CardDetails(number: "4242 4242 4242 4242", expiryMonth: 12, expiryYear: 2030, cvc: "987")
        let effect = Effect.send(.pay(OrderID("ORDER1"), payment: .card(card), by: Actor(account: AccountID("a"), role: .customer)))
        var dumped = ""
        dump(effect, to: &dumped)
        for text in ["\(effect)", String(reflecting: effect), dumped] {
            #expect(!text.contains("4242 4242 4242 4242") && !text.contains("4242424242424242"), "\(text)")
            #expect(!text.contains("987"), "\(text)")
            #expect(text.contains("4242"), "the last four still show: \(text)")
        }
    }
}
