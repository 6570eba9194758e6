import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// A price changed after a dish went into the cart is said before anyone is charged it: the
/// cart refuses checkout once, saying what changed, then holds the new price; a checkout that
/// meets the change at the engine is refused the same way, and the next Enter pays the total
/// the customer has now seen.
@Suite("A price changed during checkout") @MainActor
struct PriceChangeAtCheckoutTests {
    /// 홍콩반점 with 짜장면 at `price`, as the owner's edit leaves it.
    func hongKong(withJjajangAt price: Won) async throws -> StoreState {
        let world = try await ScreenWorld.seeded()
        let store = try await world.engine.storeID(named: "홍콩반점")
        let jjajang = try #require(try await world.engine.storeState(store).item(named: "짜장면"))
        let owner = try await world.actor("박사장")
        try await world.engine.editMenuItem(jjajang.id, in: store, price: price, as: owner)
        return try await world.engine.storeState(store)
    }

    @Test func theCartSaysTheNewPriceOnceThenTakesIt() async throws {
        var h = try await CustomerUpdateTests().cartWithTwoJjajang()
        let store = try #require(h.customer.cart.store)
        let quoted = try #require(h.customer.cart.lines.first?.quotedPrice)
        h.send(.fetched(.store(store), .success(.store(try await hongKong(withJjajangAt: Won(9_000))))))

        h.press(.enter)
        #expect(h.customer.screen == .cart, "not to checkout at a price nobody showed")
        #expect(h.notice?.text == "짜장면 가격이 \(quoted.description)에서 9,000원으로 바뀌었어요. 바뀐 금액을 확인하고 다시 주문하세요.")
        #expect(h.customer.cart.lines.first?.quotedPrice == Won(9_000))
        h.press(.enter)
        #expect(h.customer.screen == .checkout)
    }

    @Test func aCheckoutRefusedAtTheEngineTakesTheNewPricesOnceTheStoreIsRead() async throws {
        var h = try await CustomerUpdateTests().checkout()
        let store = try #require(h.customer.cart.store)
        let refusal = RuleViolation.priceChanged(item: "짜장면", quoted: Won(7_000), now: Won(9_000))
        let lines = h.customer.cart.lines
        let checkout = Action.checkout(
            store: store, lines: lines, payment: .card(ScreenWorld.card), deliverTo: nil, by: h.customer.actor)
        let effects = h.send(.sent(checkout, .failure(.refused(refusal))))
        #expect(h.customer.screen == .checkout)
        #expect(h.text.contains("9,000원으로 바뀌었어요"))
        #expect(effects.contains(Effect.fetch(Fetch.store(store))), "the store is read again")
        #expect(h.customer.cart.lines.first?.quotedPrice == Won(7_000), "kept until the store is read")
        h.send(.fetched(.store(store), .success(.store(try await hongKong(withJjajangAt: Won(9_000))))))
        #expect(h.customer.cart.lines.first?.quotedPrice == Won(9_000))
    }

    /// Through the engine: a placement quoting the old price is refused and writes nothing; the
    /// same cart quoted at the new price is placed at it.
    @Test func theEnginePlacesOnlyAtTheQuotedPrice() async throws {
        let world = try await ScreenWorld.seeded()
        let store = try await world.engine.storeID(named: "홍콩반점")
        let jjajang = try #require(try await world.engine.storeState(store).item(named: "짜장면"))
        let minsu = try await world.actor("김민수")
        try await world.engine.editMenuItem(jjajang.id, in: store, price: jjajang.price + Won(2_000), as: try await world.actor("박사장"))
        let before = try await world.engine.store.headPosition()

        await #expect(throws: DeliveryError.refused(.priceChanged(item: "짜장면", quoted: jjajang.price, now: jjajang.price + Won(2_000)))) {
            try await world.engine.placeOrder(
                from: store, lines: [CartLine(item: jjajang.id, quantity: 2, quotedPrice: jjajang.price)], card: ScreenWorld.card,
                deliverTo: ScreenWorld.minsuHome, as: minsu)
        }
        #expect(try await world.engine.store.headPosition() == before, "nothing written")
        let placed = try await world.engine.placeOrder(
            from: store, lines: [CartLine(item: jjajang.id, quantity: 2, quotedPrice: jjajang.price + Won(2_000))],
            card: ScreenWorld.card, deliverTo: ScreenWorld.minsuHome, as: minsu)
        #expect(try await world.engine.orderState(placed.order).placed?.lines.first?.unitPrice == jjajang.price + Won(2_000))
    }
}
