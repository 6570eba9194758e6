import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Testing
@testable import TerminalUI

/// Every key of every customer page, through `App.update` alone.
@Suite("Customer keys") @MainActor
struct CustomerUpdateTests {
    func customer() async throws -> UpdateHarness {
        try await UpdateHarness.signedIn("김민수", role: .customer)
    }

    // MARK: Session-wide keys

    @Test func tabDigitsAndShiftTabMoveBetweenSections() async throws {
        var h = try await customer()
        #expect(h.customer.section == .stores)
        h.press(.tab)
        #expect(h.customer.section == .cart)
        h.press(.backTab)
        #expect(h.customer.section == .stores)
        h.press(.backTab)
        #expect(h.customer.section == .inbox)
        let effects = h.press(.character("3"))
        #expect(h.customer.section == .orders)
        #expect(effects.fetches.contains(.history(h.customer.actor)))
        h.press(.character("1"))
        #expect(h.customer.section == .stores)
    }

    @Test func questionMarkOpensHelpAndEscQOrQuestionMarkClosesIt() async throws {
        var h = try await customer()
        for closer in [Key.escape, .character("q"), .character("?")] {
            h.press(.character("?"))
            #expect(h.model.showsHelp)
            #expect(h.text.contains("도움말"))
            #expect(h.press(.character("j")).isEmpty)  // swallowed while help is open
            h.press(closer)
            #expect(!h.model.showsHelp)
        }
    }

    @Test func qQuitsButNotWhileTyping() async throws {
        var h = try await customer()
        h.press(.character("/"))
        #expect(h.press(.character("q")) != [.quit])
        #expect(h.customer.stores.search.text == "q")
        h.press(.escape)
        #expect(h.press(.character("q")) == [.quit])
    }

    @Test func resizeKeepsTheSessionAndShowsTooSmallBelow80x24() async throws {
        var h = try await customer()
        h.send(.resize(TerminalSize(width: 70, height: 20)))
        #expect(h.text.contains("창이 너무 작아요: 70×20"))
        h.send(.resize(TerminalSize(width: 100, height: 30)))
        #expect(h.text.contains("엽기떡볶이"))
        #expect(App.view(h.model).grid.width == 100)
    }

    // MARK: Stores

    @Test func storeListMovesWithArrowsJKPagesAndEnds() async throws {
        var h = try await customer()
        #expect(h.customer.stores.list.selectedIndex == 0)
        h.press(.character("j"))
        #expect(h.customer.stores.list.selectedIndex == 1)
        h.press(.down)
        #expect(h.customer.stores.list.selectedIndex == 2)
        h.press(.character("k"))
        h.press(.up)
        #expect(h.customer.stores.list.selectedIndex == 0)
        h.press(.end)
        #expect(h.customer.stores.list.selectedIndex == 2)
        h.press(.home)
        #expect(h.customer.stores.list.selectedIndex == 0)
        h.press(.pageDown)
        #expect(h.customer.stores.list.selectedIndex == 2)
        h.press(.pageUp)
        #expect(h.customer.stores.list.selectedIndex == 0)
    }

    @Test func favouritesComeFirst() async throws {
        let h = try await customer()
        #expect(h.customer.stores.list.items.first?.summary.name == "엽기떡볶이")
        #expect(h.customer.stores.list.items.first?.isFavourite == true)
    }

    @Test func enterArrowRightOrLOpenTheMenu() async throws {
        for key in [Key.enter, .right, .character("l")] {
            var h = try await customer()
            let effects = h.press(key)
            #expect(h.customer.screen == .menu)
            #expect(effects.fetches.contains(.store(h.customer.stores.list.items[0].id)))
            h.press(.escape)
            #expect(h.customer.screen == .stores)
        }
    }

    @Test func slashSearchesAsYouTypeEnterKeepsEscClears() async throws {
        var h = try await customer()
        h.press(.character("/"))
        #expect(h.customer.stores.searching)
        #expect(h.model.screen.isEditingText)
        let effects = h.press(.character("반"))
        #expect(effects.fetches == [.stores(search: "반", category: nil, for: h.customer.actor)])
        h.press(.down)  // arrows still move the list while searching
        h.press(.enter)
        #expect(!h.customer.stores.searching)
        #expect(h.customer.stores.search.text == "반")
        h.press(.character("/"))
        let cleared = h.press(.escape)
        #expect(h.customer.stores.search.text.isEmpty)
        #expect(cleared.fetches == [.stores(search: "", category: nil, for: h.customer.actor)])
    }

    @Test func searchResultsForAnOlderQueryAreDropped() async throws {
        var h = try await customer()
        h.press(.character("/"))
        h.type("떡")
        let before = h.customer.stores.list.items
        h.send(.fetched(.stores(search: "", category: nil, for: h.customer.actor), .success(.stores([]))))
        #expect(h.customer.stores.list.items == before)
    }

    @Test func cAndShiftCCycleTheCategory() async throws {
        var h = try await customer()
        #expect(h.customer.stores.categories == ["분식", "중식", "치킨"])
        let effects = h.press(.character("c"))
        #expect(h.customer.stores.category == "분식")
        #expect(effects.fetches == [.stores(search: "", category: "분식", for: h.customer.actor)])
        h.press(.character("C"))
        #expect(h.customer.stores.category == nil)
        h.press(.character("C"))
        #expect(h.customer.stores.category == "치킨")
    }

    @Test func fTogglesTheFavourite() async throws {
        var h = try await customer()
        let first = h.customer.stores.list.items[0]
        #expect(h.press(.character("f")).sends == [.favourite(first.id, false, by: h.customer.actor)])
        h.press(.character("j"))
        let second = h.customer.stores.list.items[1]
        #expect(h.press(.character("f")).sends == [.favourite(second.id, true, by: h.customer.actor)])
        h.send(.sent(.favourite(second.id, true, by: h.customer.actor), .success(.done)))
        #expect(h.notice?.kind == .success)
    }

    // MARK: Menu

    func menuOfHongKong() async throws -> UpdateHarness {
        var h = try await customer()
        h.press(.down)  // 홍콩반점: the favourite 엽기떡볶이 first, closed 교촌치킨 last
        let effects = h.press(.enter)
        // Feed the store the runtime would have read.
        let world = try await ScreenWorld.seeded()
        let state = try await world.engine.storeState(effects.fetches.compactMap { if case .store(let id) = $0 { id } else { nil } }[0])
        h.send(.fetched(effects.fetches[0], .success(.store(state))))
        return h
    }

    @Test func enterAOrPlusAddsOneToTheCart() async throws {
        var h = try await menuOfHongKong()
        h.press(.enter)
        h.press(.character("a"))
        h.press(.character("+"))
        h.press(.character("="))
        #expect(h.customer.cart.itemCount == 4)
        #expect(h.notice?.kind == .success)
        #expect(h.text.contains("4/10"))
    }

    @Test func soldOutItemsAreShownButRefused() async throws {
        var h = try await menuOfHongKong()
        #expect(h.text.contains("품절"))
        h.press(.character("j"), .character("j"))
        h.press(.enter)
        #expect(h.customer.cart.isEmpty)
        #expect(h.notice == .refusal("탕수육은 품절이에요."))
        #expect(h.text.contains("탕수육은 품절이에요."))
    }

    @Test func theEleventhItemIsRefusedInPlace() async throws {
        var h = try await menuOfHongKong()
        for _ in 0..<10 { h.press(.enter) }
        #expect(h.customer.cart.itemCount == 10)
        #expect(h.text.contains("10/10"))
        h.press(.enter)
        #expect(h.customer.cart.itemCount == 10)
        #expect(h.notice == .refusal(RuleViolation.tooManyItems(count: 11).description))
    }

    @Test func aSecondStoreAsksBeforeEmptyingTheCart() async throws {
        var h = try await menuOfHongKong()
        h.press(.enter)
        h.press(.escape, .home, .enter)
        let world = try await ScreenWorld.seeded()
        let yeop = h.customer.stores.list.items[0].id
        h.send(.fetched(.store(yeop), .success(.store(try await world.engine.storeState(yeop)))))
        h.press(.enter)
        #expect(h.customer.cart.storeName == "홍콩반점")
        #expect(h.text.contains("장바구니를 비우고 담을까요?"))
        h.press(.character("n"))  // no: the cart keeps 홍콩반점's dish
        #expect(h.customer.prompt == nil)
        #expect(h.customer.cart.storeName == "홍콩반점")
    }

    @Test func minusTakesOneOutOrSaysItIsNotThere() async throws {
        var h = try await menuOfHongKong()
        h.press(.character("-"))
        #expect(h.notice?.kind == .refusal)
        h.press(.enter, .enter, .character("-"))
        #expect(h.customer.cart.itemCount == 1)
    }

    @Test func menuFavouriteAndCartKeys() async throws {
        var h = try await menuOfHongKong()
        #expect(h.press(.character("f")).sends.count == 1)
        h.press(.character("j"))
        #expect(h.customer.screen == .menu)
        h.press(.character("c"))
        #expect(h.customer.screen == .cart)
    }

    @Test func aClosedStoreRefusesAtOnce() async throws {
        var h = try await customer()
        h.press(.end)  // 교촌치킨 opens at 15:00, so it is listed last
        let effects = h.press(.enter)
        let world = try await ScreenWorld.seeded()
        guard case .store(let id) = effects.fetches[0] else { Issue.record("no store read"); return }
        h.send(.fetched(.store(id), .success(.store(try await world.engine.storeState(id)))))
        h.press(.enter)
        #expect(h.customer.cart.isEmpty)
        #expect(h.notice?.text.contains("지금 영업 시간이 아니에요") == true)
    }

    // MARK: Cart

    func cartWithTwoJjajang() async throws -> UpdateHarness {
        var h = try await menuOfHongKong()
        h.press(.enter, .enter)
        h.press(.character("c"))
        return h
    }

    @Test func cartQuantityKeys() async throws {
        var h = try await cartWithTwoJjajang()
        h.press(.character("+"))
        #expect(h.customer.cart.itemCount == 3)
        h.press(.character("-"))
        #expect(h.customer.cart.itemCount == 2)
        h.press(.character("j"), .character("k"), .home, .end, .down, .up)
        #expect(h.customer.cartSelection == 0)
        h.press(.character("d"))
        #expect(h.customer.cart.isEmpty)
        h.press(.delete)
        #expect(h.notice?.kind == .refusal)
    }

    @Test func xAsksBeforeEmptyingTheCart() async throws {
        var h = try await cartWithTwoJjajang()
        h.press(.character("x"))
        #expect(h.customer.prompt != nil)
        #expect(h.text.contains("장바구니 비우기"))
        h.press(.character("n"))
        #expect(h.customer.cart.itemCount == 2)
        h.press(.character("x"), .character("y"))
        #expect(h.customer.cart.isEmpty)
    }

    @Test func checkoutBelowTheMinimumIsRefusedInPlace() async throws {
        var h = try await cartWithTwoJjajang()
        h.press(.character("-"))
        h.press(.enter)
        #expect(h.customer.screen == .cart)
        #expect(h.notice?.text == "이 가게의 최소 주문 금액은 12,000원이에요. 장바구니는 7,000원이에요.")
    }

    @Test func emptyCartCheckoutIsRefused() async throws {
        var h = try await customer()
        h.press(.character("2"), .enter)
        #expect(h.notice == .refusal(RuleViolation.emptyCart.description))
    }

    // MARK: Checkout

    func checkout() async throws -> UpdateHarness {
        var h = try await cartWithTwoJjajang()
        h.press(.enter)
        #expect(h.customer.screen == .checkout)
        // The account read the checkout asks for: 김민수 keeps one (default) address.
        h.send(.fetched(.account(h.customer.actor), .success(.account(.customer(h.customer.who.name, keeping: ScreenWorld.minsuHome)))))
        return h
    }

    @Test func theCardNumberIsMaskedAsTyped() async throws {
        var h = try await checkout()
        h.type("4242424242424242")
        let field = h.text.split(separator: "\n").first { $0.contains("카드 번호") } ?? ""
        #expect(field.contains("**** **** **** 4242"))
        #expect(!h.text.contains("4242424242424242"))
        #expect(!field.contains("4242 4242"))
        h.press(.tab)
        h.type("12/30")
        h.press(.tab)
        h.type("123")
        #expect(!h.text.contains("123"))
        #expect(App.view(h.model).cursor != nil)
    }

    @Test func tabArrowsAndEnterMoveBetweenFields() async throws {
        var h = try await checkout()
        guard case .checkout(let start) = h.customer.pages.last else { return }
        #expect(start.focus == .number)
        h.press(.tab)
        h.press(.down)
        h.press(.backTab)
        h.press(.up)
        guard case .checkout(let back) = h.customer.pages.last else { return }
        #expect(back.focus == .number)
        h.type("4242424242424242")
        #expect(h.press(.enter).isEmpty)
        guard case .checkout(let next) = h.customer.pages.last else { return }
        #expect(next.focus == .expiry)
    }

    @Test func enterPaysWithTheCardAndOpensTracking() async throws {
        var h = try await checkout()
        h.type("4242424242424242")
        h.press(.tab)
        h.type("1230")
        h.press(.tab)
        h.type("123")
        let effects = h.press(.enter)
        guard case .checkout(let store, let lines, .card(let card, remember: false), let address, _) = effects.sends.first else {
            Issue.record("no checkout effect")
            return
        }
        #expect(address == ScreenWorld.minsuHome, "the default address is preselected")
        #expect(store == h.customer.cart.store)
        #expect(lines.map(\.quantity) == [2])
        #expect(card == CardDetails(number: "4242424242424242", expiryMonth: 12, expiryYear: 30, cvc: "123"))
        #expect("\(card)".contains("4242424242424242") == false)
        h.send(.sent(effects.sends[0], .success(.placed(OrderID("NEWORDER"), .paid(paymentID: "p1")))))
        #expect(h.customer.section == .orders)
        #expect(h.customer.screen == .tracking)
        #expect(h.customer.cart.isEmpty)
        #expect(h.model.toast?.message.contains("결제 완료") == true)
    }

    @Test func aDeclinedCardKeepsTheOrderAndPaysItNextTime() async throws {
        var h = try await checkout()
        h.type("4000000000000002")
        h.press(.tab)
        h.type("12/30")
        h.press(.tab)
        h.type("123")
        let first = h.press(.enter)
        h.send(.sent(first.sends[0], .success(.placed(OrderID("DECLINED"), .declined(reason: "the card was declined")))))
        #expect(h.text.contains("결제가 거절됐어요(the card was declined)"))
        h.type("4242424242424242")
        h.press(.tab, .tab)
        h.type("123")
        let retry = h.press(.enter)
        guard case .pay(let order, _, _) = retry.sends.first else {
            Issue.record("expected a payment of the waiting order")
            return
        }
        #expect(order == OrderID("DECLINED"))
    }

    /// The card was never judged, so it stays typed: only the CVC (never kept) is asked again,
    /// and the next Enter pays the waiting order with the same card.
    @Test func aProcessorFailureKeepsTheOrderAndTheCardAndIsNotCalledADecline() async throws {
        var h = try await checkout()
        h.type("4000000000000119")
        h.press(.tab)
        h.type("12/30")
        h.press(.tab)
        h.type("123")
        let first = h.press(.enter)
        h.send(.sent(first.sends[0], .success(.placed(OrderID("FAILED"), .processorFailed))))
        #expect(h.text.contains("결제 시스템 오류로 결제되지 않았어요. 청구된 금액은 없어요."))
        #expect(h.text.contains("주문 FAILED이(가) 결제를 기다려요. 청구된 금액은 없어요. 다시 결제하세요."))
        // Only the test cards' hint below says 거절, of the card that is declined.
        #expect(!h.text.contains("거절됐") && !h.text.contains("다른 카드로"))
        #expect(h.customer.cart.isEmpty)
        h.type("123")
        let retry = h.press(.enter)
        guard case .pay(let order, _, _) = retry.sends.first else {
            Issue.record("expected the waiting order to be paid again with the card as typed")
            return
        }
        #expect(order == OrderID("FAILED"))
    }

    @Test func aBadExpiryIsRefusedBeforeAnythingIsSent() async throws {
        var h = try await checkout()
        h.type("4242424242424242")
        h.press(.tab)
        h.type("1")
        h.press(.tab)
        h.type("123")
        #expect(h.press(.enter).isEmpty)
        #expect(h.text.contains("유효기간이 올바르지 않아요"))
    }

    @Test func escLeavesCheckout() async throws {
        var h = try await checkout()
        h.press(.escape)
        #expect(h.customer.screen == .cart)
    }

    // MARK: Orders, tracking, review

    @Test func ordersListKeys() async throws {
        var h = try await customer()
        h.press(.character("3"))
        h.press(.character("j"), .down, .character("k"), .up, .end, .home, .pageDown, .pageUp)
        #expect(h.customer.orders.selectedIndex == 0)
        h.press(.character("r"))
        #expect(h.notice?.text.hasPrefix("배달 완료된 주문만 리뷰할 수 있어요") == true)
        h.press(.right)
        #expect(h.customer.screen == .tracking)
        h.press(.escape)
        h.press(.character("l"))
        #expect(h.customer.screen == .tracking)
    }

    @Test func cancelIsOfferedWhileAllowedAndAsksFirst() async throws {
        var h = try await customer()
        h.press(.character("3"), .enter)
        #expect(h.text.contains("x 주문 취소"))
        #expect(h.press(.character("x")).isEmpty)
        #expect(h.text.contains("주문을 취소할까요") || h.text.contains("취소할까요"))
        h.press(.escape)
        #expect(h.customer.prompt == nil)
        h.press(.character("x"))
        let effects = h.press(.character("y"))
        #expect(effects.sends == [.cancel(h.customer.orders.items[0].id, by: h.customer.actor)])
    }

    /// The store confirms while the customer is asked "cancel?": the question closes, saying
    /// why, instead of waiting for a `y` the engine would refuse.
    @Test func aCancelQuestionOvertakenByTheStoresConfirmationCloses() async throws {
        var h = try await customer()
        h.press(.character("3"), .enter)
        h.press(.character("x"))
        #expect(h.customer.prompt != nil)
        var orders = h.customer.orders.allItems
        let index = try #require(orders.firstIndex { $0.id == h.customer.orders.items[0].id })
        orders[index].status = .cooking
        h.send(.fetched(.history(h.customer.actor), .success(.orders(orders))))
        #expect(h.customer.prompt == nil)
        #expect(h.notice == .refusal(RuleViolation.cancelAfterConfirmation.description))
    }

    @Test func afterConfirmationCancelIsNotOfferedAndTheRefusalIsShown() async throws {
        var h = try await customer()
        h.press(.character("3"), .character("j"), .enter)
        #expect(!h.text.contains("x 주문 취소"))
        #expect(h.text.contains("취소 불가 · 가게가 이미 주문을 확인해서"))
        let effects = h.press(.character("x"))
        let order = h.customer.orders.items[1].id
        #expect(effects.sends == [.cancel(order, by: h.customer.actor)])
        h.send(.sent(.cancel(order, by: h.customer.actor), .failure(.refused(.cancelAfterConfirmation))))
        #expect(h.notice == .refusal(RuleViolation.cancelAfterConfirmation.description))
    }

    @Test func reviewWindowNotYetOpenSaysWhen() async throws {
        var h = try await customer()
        h.press(.character("3"), .character("j"), .character("j"), .enter, .character("r"))
        #expect(h.customer.screen == .review)
        #expect(h.text.contains("12:40부터"))
        #expect(h.press(.enter).isEmpty)  // nothing to send before the window opens
    }

    @Test func reviewFormKeys() async throws {
        var h = try await customer()
        h.send(.tick(KoreanTime.parse("2026-11-25 13:00")!))
        h.press(.character("3"), .character("j"), .character("j"), .character("r"))
        func page() -> ReviewPage? { if case .review(let p) = h.customer.pages.last { p } else { nil } }
        #expect(page()?.rating == 5)
        h.press(.left)
        h.press(.character("h"))
        #expect(page()?.rating == 3)
        h.press(.right, .character("l"))
        #expect(page()?.rating == 5)
        h.press(.character("2"))
        #expect(page()?.rating == 2)
        h.press(.tab)
        #expect(h.model.screen.isEditingText)
        h.type("맛있어요 q")
        #expect(page()?.text.text == "맛있어요 q")
        h.press(.backTab)
        h.press(.down)
        h.press(.up)
        #expect(page()?.focus == 0)
        let effects = h.press(.enter)
        #expect(effects.sends == [.review(h.customer.orders.items[2].id, rating: 2, text: "맛있어요 q", by: h.customer.actor)])
        h.send(.sent(effects.sends[0], .success(.done)))
        #expect(h.customer.screen == .orders)
        #expect(h.notice?.kind == .success)
    }

    @Test func reviewRefusalIsShownInTheForm() async throws {
        var h = try await customer()
        h.send(.tick(KoreanTime.parse("2026-11-25 13:00")!))
        h.press(.character("3"), .character("j"), .character("j"), .character("r"))
        let effects = h.press(.enter)
        h.send(.sent(effects.sends[0], .failure(.refused(.reviewWindowClosed))))
        #expect(h.text.contains("리뷰 기간이 지났어요"))
        h.press(.escape)
        #expect(h.customer.screen == .orders)
    }

    // MARK: Notifications

    @Test func inboxKeys() async throws {
        var h = try await customer()
        h.press(.character("4"))
        #expect(h.customer.inbox.unread > 0)
        h.press(.character("j"), .down, .character("k"), .up)
        #expect(h.press(.character("r")).sends == [.markNotificationsRead(by: h.customer.actor)])
        h.press(.enter)
        #expect(h.customer.inbox.opened != nil)
        h.press(.enter)
        #expect(h.customer.screen == .tracking)
        h.press(.escape)
        var read = h.customer
        read.inbox.unread = 0
        h.customer = read
        #expect(h.press(.character("r")).isEmpty)
        #expect(h.notice?.text == "읽지 않은 알림이 없어요.")
    }

    @Test func aNewNotificationShowsAToastAndCountsAsUnread() async throws {
        var h = try await customer()
        let unread = h.customer.inbox.unread
        var entries = h.customer.inbox.list.items
        var fresh = entries[0]
        fresh.position += 1000
        fresh.notice = .confirmed(store: "홍콩반점", readyAt: ScreenWorld.now.addingTimeInterval(20 * 60))
        fresh.status = OrderStatus.cooking.rawValue
        entries.insert(fresh, at: 0)
        h.send(.fetched(.notifications(h.customer.actor), .success(.notifications(entries, unread: unread + 1))))
        #expect(h.model.toast?.message.hasPrefix("알림: 홍콩반점에서 주문을 확인했어요.") == true)
        #expect(h.customer.inbox.unread == unread + 1)
        #expect(h.customer.tabs.last?.badge == "\(unread + 1)")
        // The toast goes away by itself.
        h.send(.tick(ScreenWorld.now))
        h.send(.tick(ScreenWorld.now.addingTimeInterval(6)))
        #expect(h.model.toast == nil)
    }
}
