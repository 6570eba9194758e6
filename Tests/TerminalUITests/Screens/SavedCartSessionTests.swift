import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Testing
@testable import TerminalUI

/// The cart a customer leaves is there when they come back: saved on every change, put back at
/// sign-in before the first frame, told when the store changed it, and gone once ordered.
@Suite("A cart kept between sessions") @MainActor
struct SavedCartSessionTests {
    /// 홍콩반점's 짜장면 ×2 and 군만두 ×1 (20,000원), quoted at today's prices.
    static func hongKongCart(_ world: ScreenWorld) async throws -> Cart {
        let store = try await world.engine.storeState(try await world.engine.storeID(named: "홍콩반점"))
        var cart = Cart()
        try cart.add(try #require(store.item(named: "짜장면")), quantity: 2, from: store)
        try cart.add(try #require(store.item(named: "군만두")), quantity: 1, from: store)
        return cart
    }

    static func saved(_ world: ScreenWorld) async throws -> Cart? {
        try await world.engine.restoreCart(as: try await world.actor("김민수"))?.cart
    }

    // MARK: The model

    @Test func signingInAsksForTheSavedCartFirst() async throws {
        let minsu = Actor(account: AccountID("김민수"), role: .customer)
        var model = AppModel(screen: .launcher(LauncherModel()), size: .minimum, now: ScreenWorld.now)
        let effects = App.update(&model, .signedIn(.success(SignedIn(actor: minsu, name: "김민수", passwordRevision: 0))))
        #expect(effects.first == .fetch(.savedCart(minsu)))
        #expect(!effects.contains { if case .saveCart = $0 { true } else { false } }, "starting writes nothing")
    }

    @Test func theModelTakesTheRestoredCartAndSavesItOnlyWhenItChanged() async throws {
        let world = try await ScreenWorld.seeded()
        let cart = try await Self.hongKongCart(world)
        let store = try await world.engine.storeState(try #require(cart.store))
        let minsu = try await world.actor("김민수")

        var h = try await UpdateHarness.signedIn("김민수", role: .customer)
        let same = CartRestore(lines: cart.lines, storeName: cart.storeName, at: store)
        let effects = h.send(.fetched(.savedCart(minsu), .success(.savedCart(same))))
        #expect(h.customer.cart == cart)
        #expect(h.customer.cartStore == store)
        #expect(h.notice?.text == "지난번 장바구니를 불러왔어요 · 장바구니 3/10")
        #expect(effects.isEmpty, "the store already holds this cart: nothing to write")
        #expect(h.press(.character("2")).contains(.saveCart(cart, by: minsu)) == false)

        var changed = try await UpdateHarness.signedIn("김민수", role: .customer)
        var menu = store
        menu.menu = store.menu.map { item in
            var item = item
            if item.name == "짜장면" { item.price = Won(7_500) }
            if item.name == "군만두" { item.soldOut = true }
            return item
        }
        let restore = CartRestore(lines: cart.lines, storeName: cart.storeName, at: menu)
        let saving = changed.send(.fetched(.savedCart(minsu), .success(.savedCart(restore))))
        #expect(changed.customer.cart.lines.map(\.quotedPrice) == [Won(7_500)])
        #expect(
            changed.notice
                == .refusal("지난번 장바구니를 불러왔어요 · 장바구니 2/10 · 장바구니에서 빠진 메뉴: 군만두(품절) · 가격이 바뀐 메뉴: 짜장면 7,000원 → 7,500원"))
        #expect(saving == [.saveCart(restore.cart, by: minsu)], "the saved copy is brought up to date")
    }

    @Test func aCartAlreadyBeingFilledIsNotReplaced() async throws {
        let world = try await ScreenWorld.seeded()
        let cart = try await Self.hongKongCart(world)
        let store = try await world.engine.storeState(try #require(cart.store))
        var h = try await CustomerUpdateTests().cartWithTwoJjajang()
        let mine = h.customer.cart
        h.send(.fetched(.savedCart(h.customer.actor), .success(.savedCart(CartRestore(lines: cart.lines, storeName: "홍콩반점", at: store)))))
        #expect(h.customer.cart == mine)
    }

    @Test func everyChangeAsksForOneSave() async throws {
        var h = try await CustomerUpdateTests().cartWithTwoJjajang()
        let minsu = h.customer.actor
        let plus = h.press(.character("+"))
        #expect(plus == [.saveCart(h.customer.cart, by: minsu)])
        #expect(h.press(.character("j")).isEmpty, "moving the selection saves nothing")
        h.press(.character("x"))
        #expect(h.press(.character("y")) == [.saveCart(Cart(), by: minsu)])
    }

    @Test func aFailedSaveIsSaid() async throws {
        var h = try await CustomerUpdateTests().cartWithTwoJjajang()
        h.send(.cartNotSaved(.storage("disk I/O error")))
        #expect(h.notice == .refusal("장바구니를 저장하지 못했어요. 다음에 접속하면 없을 수 있어요: disk I/O error"))
    }

    // MARK: Sessions on a real engine

    @Test func signingInPutsTheCartBackBeforeTheFirstFrame() async throws {
        let world = try await ScreenWorld.seeded()
        let cart = try await Self.hongKongCart(world)
        try await world.engine.saveCart(cart, as: try await world.actor("김민수"))

        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        #expect(session.customer?.cart == cart)
        #expect(session.text.contains("2 장바구니 3/10"))
        #expect(session.text.contains("지난번 장바구니를 불러왔어요"))
    }

    @Test func theCartSavedInOneSessionIsThereInTheNext() async throws {
        let world = try await ScreenWorld.seeded()
        let first = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        await first.press(.down, .enter)  // 홍콩반점's menu
        await first.press(.enter, .enter)  // 짜장면 ×2
        #expect(try await Self.saved(world)?.itemCount == 2)
        await first.press(.character("q"))

        let second = await SessionDriver.signedIn("김민수", role: .customer, in: world, engine: try await world.secondEngine())
        #expect(second.customer?.cart.itemCount == 2)
        await second.press(.character("2"), .character("+"))
        #expect(try await Self.saved(world)?.itemCount == 3)
    }

    /// The second session only reads at start: the first session's cart is not overwritten with
    /// its empty one, and afterwards the last change wins.
    @Test func aSecondSessionStartingDoesNotOverwriteTheCart() async throws {
        let world = try await ScreenWorld.seeded()
        let first = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        let second = await SessionDriver.signedIn("김민수", role: .customer, in: world, engine: try await world.secondEngine())
        await first.press(.down, .enter, .enter)
        await second.press(.tab, .tab)
        #expect(try await Self.saved(world)?.itemCount == 1)
        await second.press(.character("1"), .down, .enter, .enter, .enter)  // second: 짜장면 ×2, its own
        #expect(try await Self.saved(world)?.itemCount == 2, "the last change wins")
    }

    @Test func placingTheOrderClearsTheSavedCart() async throws {
        let world = try await ScreenWorld.seeded()
        try await world.engine.saveCart(try await Self.hongKongCart(world), as: try await world.actor("김민수"))
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        let result = try await checkout(session, card: ScreenWorld.card)
        guard case .sent(_, .success(.placed(_, .paid?))) = result else {
            Issue.record("expected a paid order, got \(result)")
            return
        }
        #expect(try await Self.saved(world) == nil)
    }

    /// A declined first payment leaves the order waiting for payment with the cart's dishes (it
    /// is paid from its tracking page, never placed again): the session's cart empties, as it
    /// always did, and so does the saved one, so coming back cannot order the dishes twice.
    @Test func aDeclinedCardLeavesTheOrderToPayNotASecondCart() async throws {
        let world = try await ScreenWorld.seeded()
        try await world.engine.saveCart(try await Self.hongKongCart(world), as: try await world.actor("김민수"))
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        let result = try await checkout(session, card: ScreenWorld.declinedCard)
        guard case .sent(_, .success(.placed(let order, .declined?))) = result else {
            Issue.record("expected a declined payment, got \(result)")
            return
        }
        #expect(try await world.engine.orderState(order).status == .awaitingPayment)
        #expect(session.customer?.cart.isEmpty == true)
        #expect(try await Self.saved(world) == nil)
    }

    /// A checkout the engine refuses (here a price changed meanwhile) places nothing: the cart
    /// stays, here and saved, now quoted at the price the customer has been told.
    @Test func aRefusedCheckoutKeepsTheSavedCart() async throws {
        let world = try await ScreenWorld.seeded()
        let cart = try await Self.hongKongCart(world)
        try await world.engine.saveCart(cart, as: try await world.actor("김민수"))
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        let store = try #require(cart.store)
        let jjajang = try #require(try await world.engine.storeState(store).item(named: "짜장면"))
        let owner = try await world.actor("박사장")

        let result = try await checkout(session, card: ScreenWorld.card) {
            try await world.engine.editMenuItem(jjajang.id, in: store, price: 9_000, as: owner)
        }
        guard case .sent(_, .failure(.refused(.priceChanged))) = result else {
            Issue.record("expected the new price to be refused, got \(result)")
            return
        }
        let saved = try #require(try await Self.saved(world))
        #expect(saved.itemCount == 3)
        #expect(saved.lines.first?.quotedPrice == Won(9_000))
    }

    /// Opens checkout on the session's cart and lets the real engine answer it with `card`,
    /// after `meanwhile` (what happens while the customer types the card).
    func checkout(
        _ session: SessionDriver, card: CardDetails, meanwhile: () async throws -> Void = {}
    ) async throws -> AppMessage {
        await session.press(.character("2"), .enter)
        let customer = try #require(session.customer)
        #expect(customer.screen == .checkout)
        try await meanwhile()
        let action = Action.checkout(
            store: try #require(customer.cart.store), lines: customer.cart.lines, payment: .card(card),
            deliverTo: ScreenWorld.minsuHome, by: customer.actor)
        let result = try #require(await session.runtime.runner.perform(.send(action)))
        await session.runtime.dispatch(result)
        return result
    }

    // MARK: On screen

    /// The first frame after signing in: the cart's count on its tab, and what changed under the list.
    @Test func theRestoreNoticeOnScreen() async throws {
        for language in [Language.korean, .english] {
            let world = try await ScreenWorld.seeded()
            let cart = try await Self.hongKongCart(world)
            try await world.engine.saveCart(cart, as: try await world.actor("김민수"))
            let store = try #require(cart.store)
            let owner = try await world.actor("박사장")
            let state = try await world.engine.storeState(store)
            try await world.engine.removeMenuItem(try #require(state.item(named: "군만두")).id, in: store, as: owner)
            try await world.engine.editMenuItem(try #require(state.item(named: "짜장면")).id, in: store, price: 7_500, as: owner)

            let session = await SessionDriver.signedIn(
                "김민수", role: .customer, in: world, size: TerminalSize(width: 80, height: 24), language: language)
            assertSnapshot(session.frame, named: (language == .english ? "en-" : "") + "customer-cart-restored-at-sign-in-80x24")
        }
    }
}
