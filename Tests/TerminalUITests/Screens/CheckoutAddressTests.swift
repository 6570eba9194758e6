import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Testing
@testable import TerminalUI

extension AccountState {
    /// A customer's account as its events leave it, keeping these addresses (the first the default)
    /// and remembered cards: built through the account's own rules.
    static func customer(_ name: String, keeping addresses: DeliveryAddress..., cards: [CardOnFile] = []) -> AccountState {
        let now = KoreanTime.parse("2026-11-25 12:00")!
        var state = AccountDecider.fold(
            try! AccountDecider.decide(
                .signUp(name: name, role: .customer, passwordLength: 12, passwordHash: "h", now: now), AccountDecider.initialState))
        let actor = state.actor!
        func apply(_ command: AccountCommand) {
            for event in try! AccountDecider.decide(command, state) { state = AccountDecider.evolve(state, event) }
        }
        for address in addresses {
            apply(.addAddress(address: address.address, note: address.note, makeDefault: false, by: actor, now: now))
        }
        for card in cards { apply(.rememberCard(card, by: actor, now: now)) }
        return state
    }
}

/// Issue 13 on the customer's screens: where the order goes, remembered cards, the addresses page.
@Suite("Checkout: the delivery address and remembered cards") @MainActor
struct CheckoutAddressTests {
    static let office = DeliveryAddress(address: "서울 강남구 테헤란로 152, 12층", note: nil)
    static let visa = CardOnFile(token: "tok_approved_ab", brand: "visa", last4: "4242", expiryMonth: 12, expiryYear: 2030)

    func checkout(_ account: AccountState) async throws -> UpdateHarness {
        var h = try await CustomerUpdateTests().checkout()
        h.send(.fetched(.account(h.customer.actor), .success(.account(account))))
        return h
    }

    @Test func theDefaultAddressIsPreselectedAndArrowsChooseAnother() async throws {
        var h = try await checkout(.customer("김민수", keeping: ScreenWorld.minsuHome, Self.office))
        #expect(h.text.contains("서울 관악구 신림로 1, 101호"))
        #expect(h.text.contains("요청: 문 앞에 놓아주세요"))
        h.press(.up)
        guard case .checkout(let page) = h.customer.pages.last else { return }
        #expect(page.focus == .address)
        h.press(.right)
        #expect(h.text.contains("서울 강남구 테헤란로 152, 12층"))
        h.press(.down)
        h.type("4242424242424242")
        h.press(.tab)
        h.type("1230")
        h.press(.tab)
        h.type("123")
        h.press(.tab)
        h.press(.character(" "))
        #expect(h.text.contains("[x] 이 카드를 기억할까요?"))
        let effects = h.press(.enter)
        guard case .checkout(_, _, .card(_, remember: true), let address, _) = effects.sends.first else {
            Issue.record("expected a checkout that remembers the card, got \(effects)")
            return
        }
        #expect(address == Self.office)
    }

    @Test func aRememberedCardAsksForItsCVCOnly() async throws {
        var h = try await checkout(.customer("김민수", keeping: ScreenWorld.minsuHome, cards: [Self.visa]))
        h.press(.up)
        h.press(.right)
        #expect(h.text.contains("Visa •••• 4242 (CVC만 입력)"))
        #expect(!h.text.contains("카드 번호"))
        guard case .checkout(let page) = h.customer.pages.last else { return }
        #expect(page.rows(rememberedCards: 1) == [.address, .card, .cvc])
        h.press(.down)
        h.type("321")
        #expect(!h.text.contains("321"))
        let effects = h.press(.enter)
        guard case .checkout(_, _, .remembered(let card, let cvc), let address, _) = effects.sends.first else {
            Issue.record("expected a one-key checkout, got \(effects)")
            return
        }
        #expect(card == Self.visa.description)
        #expect(cvc == CardSecurityCode("321"))
        #expect(!"\(effects)".contains("321"))
        #expect(address == ScreenWorld.minsuHome)
    }

    /// The first reading of the account picks what a customer would: the newest remembered card
    /// (so only its CVC is asked), or, with no saved address, the address field first (typed
    /// into the card number instead, it was lost).
    @Test func theFirstReadingPicksTheNewestCardOrTheMissingAddress() async throws {
        let master = CardOnFile(token: "tok_approved_cd", brand: "mastercard", last4: "4444", expiryMonth: 1, expiryYear: 2031)
        var h = try await CustomerUpdateTests().cartWithTwoJjajang()
        h.press(.enter)
        h.send(
            .fetched(
                .account(h.customer.actor),
                .success(.account(.customer("김민수", keeping: ScreenWorld.minsuHome, cards: [Self.visa, master])))))
        guard case .checkout(let page) = h.customer.pages.last else { return }
        #expect(page.cardChoice == 2 && page.focus == .cvc)
        #expect(h.text.contains("•••• 4444"))
        // A later reading (a live update) leaves the customer's choice alone.
        h.press(.up, .right)
        h.send(
            .fetched(
                .account(h.customer.actor),
                .success(.account(.customer("김민수", keeping: ScreenWorld.minsuHome, cards: [Self.visa, master])))))
        guard case .checkout(let chosen) = h.customer.pages.last else { return }
        #expect(chosen.cardChoice == 0)

        var newcomer = try await CustomerUpdateTests().cartWithTwoJjajang()
        newcomer.press(.enter)
        newcomer.send(.fetched(.account(newcomer.customer.actor), .success(.account(.customer("김민수")))))
        newcomer.type("서울 마포구 와우산로 30, 501호")
        guard case .checkout(let typed) = newcomer.customer.pages.last else { return }
        #expect(typed.focus == .address && typed.typedAddress.text == "서울 마포구 와우산로 30, 501호")
        #expect(typed.number.text.isEmpty)
    }

    @Test func withoutASavedAddressTheCustomerTypesOne() async throws {
        var h = try await checkout(.customer("김민수"))
        h.type("4242424242424242")
        h.press(.tab)
        h.type("1230")
        h.press(.tab)
        h.type("123")
        #expect(h.press(.enter).isEmpty)
        guard case .checkout(let page) = h.customer.pages.last else { return }
        #expect(page.focus == .address)
        h.type("서울 마포구 양화로 45")
        let effects = h.press(.enter)
        guard case .checkout(_, _, _, let address, _) = effects.sends.first else {
            Issue.record("expected a checkout, got \(effects)")
            return
        }
        #expect(address == DeliveryAddress(address: "서울 마포구 양화로 45", note: nil))
        // Placed: the typed address is kept, as the first saved one (the default).
        let placed = h.send(.sent(effects.sends[0], .success(.placed(OrderID("ORDER1"), .paid(paymentID: "pay-1")))))
        #expect(placed.sends == [.addAddress("서울 마포구 양화로 45", note: nil, makeDefault: true, by: h.customer.actor)])
    }

    @Test func theAddressesPageAddsSetsTheDefaultAndRemoves() async throws {
        var h = try await UpdateHarness.signedIn("김민수", role: .customer)
        let opened = h.press(.character("A"))
        #expect(opened == [.fetch(.account(h.customer.actor))])
        h.send(
            .fetched(
                .account(h.customer.actor),
                .success(.account(.customer("김민수", keeping: ScreenWorld.minsuHome, Self.office, cards: [Self.visa])))))
        #expect(h.customer.screen == .addresses)
        #expect(h.text.contains("★ 기본"))
        #expect(h.text.contains("Visa •••• 4242"))
        h.press(.down)
        #expect(h.press(.enter).sends == [.setDefaultAddress(Self.office.address, by: h.customer.actor)])
        h.press(.character("a"))
        h.type("서울 중구 세종대로 110")
        h.press(.tab)
        h.type("경비실에 맡겨주세요")
        let added = h.press(.enter)
        #expect(added.sends == [.addAddress("서울 중구 세종대로 110", note: "경비실에 맡겨주세요", makeDefault: false, by: h.customer.actor)])
        h.send(.sent(added.sends[0], .success(.done)))
        #expect(h.notice?.kind == .success)
        h.press(.down)
        h.press(.character("d"))
        let forgot = h.press(.enter)
        #expect(forgot.sends == [.forgetCard(Self.visa.description, by: h.customer.actor)])
    }

    /// A refused address leaves its form open with what was typed and says why there: the
    /// customer mends it instead of typing it all again. Saved, the form closes.
    @Test func aRefusedAddressStaysInItsFormToBeMended() async throws {
        var h = try await UpdateHarness.signedIn("김민수", role: .customer)
        h.press(.character("A"))
        h.send(.fetched(.account(h.customer.actor), .success(.account(.customer("김민수", keeping: ScreenWorld.minsuHome)))))
        h.press(.character("a"))
        h.type("서울 서초구 강남대로 1")
        let sent = h.press(.enter).sends
        #expect(sent.count == 1)
        let refusal = DeliveryError.refused(.addressAlreadySaved("서울 서초구 강남대로 1"))
        h.send(.sent(sent[0], .failure(refusal)))
        #expect(h.customer.prompt?.prompt.text(0) == "서울 서초구 강남대로 1")
        #expect(h.customer.prompt?.prompt.error == refusal.text(in: .korean))
        h.send(.sent(sent[0], .success(.done)))
        #expect(h.customer.prompt == nil)
        #expect(h.notice?.kind == .success)
    }
}
