import Foundation
import Testing

@testable import DeliveryDomain

/// Issue 13: the order needs somewhere to go, and a customer keeps where that is.
@Suite("Delivery addresses and remembered cards")
struct DeliveryAddressRuleTests {
    static let home = "서울 관악구 신림로 1, 101호"
    static let office = "서울 강남구 테헤란로 152, 12층"

    /// A customer signed up, with these events after.
    static func customer(_ then: [AccountEvent] = []) -> AccountState {
        AccountDecider.fold(
            [
                .signedUp(
                    .init(account: Given.customer.account, name: "김민수", role: .customer, passwordHash: "h", at: Given.noon))
            ] + then)
    }

    static func decide(_ command: AccountCommand, _ state: AccountState) -> Result<[AccountEvent], RuleViolation> {
        Result { () throws(RuleViolation) in try AccountDecider.decide(command, state) }
    }

    @Test func theFirstAddressSavedIsTheDefault() throws {
        let events = try AccountDecider.decide(
            .addAddress(address: " \(Self.home) ", note: "문 앞에 놓아주세요", makeDefault: false, by: Given.customer, now: Given.noon),
            Self.customer())
        let saved = DeliveryAddress(address: Self.home, note: "문 앞에 놓아주세요")
        #expect(
            events == [
                .addressAdded(.init(address: saved, at: Given.noon)),
                .defaultAddressSet(.init(address: Self.home, at: Given.noon)),
            ])
        #expect(Self.customer(events).addresses.preferred == saved)
    }

    @Test func aSecondAddressIsDefaultOnlyWhenAsked() throws {
        let first = try AccountDecider.decide(
            .addAddress(address: Self.home, note: nil, makeDefault: false, by: Given.customer, now: Given.noon), Self.customer())
        let second = try AccountDecider.decide(
            .addAddress(address: Self.office, note: "", makeDefault: false, by: Given.customer, now: Given.noon),
            Self.customer(first))
        #expect(second == [.addressAdded(.init(address: DeliveryAddress(address: Self.office, note: nil), at: Given.noon))])
        let state = Self.customer(first + second)
        #expect(state.addresses.preferred?.address == Self.home)
        let made = try AccountDecider.decide(.setDefaultAddress(Self.office, by: Given.customer, now: Given.noon), state)
        #expect(Self.customer(first + second + made).addresses.preferred?.address == Self.office)
    }

    @Test func removingTheDefaultHandsItToTheOldestLeft() throws {
        var events = try AccountDecider.decide(
            .addAddress(address: Self.home, note: nil, makeDefault: false, by: Given.customer, now: Given.noon), Self.customer())
        events += try AccountDecider.decide(
            .addAddress(address: Self.office, note: nil, makeDefault: false, by: Given.customer, now: Given.noon),
            Self.customer(events))
        let removed = try AccountDecider.decide(.removeAddress(Self.home, by: Given.customer, now: Given.noon), Self.customer(events))
        #expect(
            removed == [
                .addressRemoved(.init(address: Self.home, at: Given.noon)),
                .defaultAddressSet(.init(address: Self.office, at: Given.noon)),
            ])
        #expect(Self.customer(events + removed).addresses.all.map(\.address) == [Self.office])
    }

    @Test func addressesAreCheckedLikeEveryTextOthersSee() {
        let state = Self.customer()
        func add(_ address: String, note: String? = nil) -> Result<[AccountEvent], RuleViolation> {
            Self.decide(.addAddress(address: address, note: note, makeDefault: false, by: Given.customer, now: Given.noon), state)
        }
        #expect(add("   ") == .failure(.emptyAddress))
        #expect(
            add("신림로\u{1B}[2J 1")
                == .failure(.forbiddenCharacter(field: "address", character: "ESC (U+001B, a control character)", position: 4)))
        #expect(add(String(repeating: "가", count: 101)) == .failure(.textTooLong(field: "address", maximum: 100, actual: 101)))
        #expect(
            add(Self.home, note: String(repeating: "문", count: 61))
                == .failure(.textTooLong(field: "delivery note", maximum: 60, actual: 61)))
        #expect(
            add(Self.home, note: "벨\u{07}")
                == .failure(.forbiddenCharacter(field: "delivery note", character: "BEL (U+0007, a control character)", position: 2)))
    }

    @Test func theSameAddressTwiceAndTooManyAreRefused() throws {
        var events: [AccountEvent] = []
        for n in 1...SavedAddresses.maximumCount {
            events += try AccountDecider.decide(
                .addAddress(address: "서울 중구 세종대로 \(n)", note: nil, makeDefault: false, by: Given.customer, now: Given.noon),
                Self.customer(events))
        }
        let full = Self.customer(events)
        #expect(
            Self.decide(.addAddress(address: "서울 중구 세종대로 1", note: nil, makeDefault: false, by: Given.customer, now: Given.noon), full)
                == .failure(.addressAlreadySaved("서울 중구 세종대로 1")))
        #expect(
            Self.decide(.addAddress(address: Self.home, note: nil, makeDefault: false, by: Given.customer, now: Given.noon), full)
                == .failure(.tooManyAddresses(maximum: 10)))
        #expect(Self.decide(.removeAddress(Self.home, by: Given.customer, now: Given.noon), full) == .failure(.unknownAddress(Self.home)))
    }

    @Test func onlyCustomersKeepAddresses() {
        let owner = AccountDecider.fold([
            .signedUp(.init(account: Given.owner.account, name: "박사장", role: .owner, passwordHash: "h", at: Given.noon))
        ])
        #expect(
            Self.decide(.addAddress(address: Self.home, note: nil, makeDefault: false, by: Given.owner, now: Given.noon), owner)
                == .failure(.wrongRole(expected: .customer, actual: .owner)))
    }

    @Test func theOrderCarriesItsAddressAndNote() throws {
        let events = try OrderDecider.decide(
            .place(
                Given.orderID, lines: [CartLine(item: Given.jjajang, quantity: 2)], store: Given.store, payment: nil,
                by: Given.customer, now: Given.noon, deliverTo: DeliveryAddress(address: Self.home, note: "문 앞에 놓아주세요")),
            OrderDecider.initialState)
        guard case .placed(let placed) = events.first else { Issue.record("no placement"); return }
        #expect(placed.deliveryAddress == Self.home)
        #expect(placed.deliveryNote == "문 앞에 놓아주세요")
    }

    @Test func anAddressWithAnEscapeIsRefusedAtPlacementAndNothingIsPlaced() {
        let result = when(
            [],
            .place(
                Given.orderID, lines: [CartLine(item: Given.jjajang, quantity: 2)], store: Given.store, payment: nil,
                by: Given.customer, now: Given.noon, deliverTo: DeliveryAddress(address: "신림로\u{1B}]0;x\u{07}", note: nil)))
        #expect(throws: RuleViolation.self) { try result.get() }
    }

    @Test func aRememberedCardKeepsTheTokenAndIsForgottenByItsLastFour() throws {
        let remembered = try AccountDecider.decide(.rememberCard(Given.card, by: Given.customer, now: Given.noon), Self.customer())
        #expect(remembered == [.cardRemembered(.init(card: Given.card, at: Given.noon))])
        let state = Self.customer(remembered)
        #expect(state.cards.card("4242") == Given.card)
        #expect(
            Self.decide(.rememberCard(Given.card, by: Given.customer, now: Given.noon), state)
                == .failure(.cardAlreadyRemembered(Given.card.description)))
        let forgotten = try AccountDecider.decide(.forgetCard("4242", by: Given.customer, now: Given.noon), state)
        #expect(Self.customer(remembered + forgotten).cards.all.isEmpty)
        #expect(Self.decide(.forgetCard("1111", by: Given.customer, now: Given.noon), state) == .failure(.unknownRememberedCard("1111")))
    }
}
