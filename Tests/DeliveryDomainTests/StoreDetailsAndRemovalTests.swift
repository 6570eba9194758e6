import Foundation
import Testing

@testable import DeliveryDomain

/// Given the store's events, when its owner edits the details or removes a dish, then these
/// events, or this refusal.
@Suite("Editing a store's details and removing a dish")
struct StoreDetailsAndRemovalTests {
    func decide(_ command: StoreCommand, given store: StoreState = Given.store) -> Result<[StoreEvent], RuleViolation> {
        Result { () throws(RuleViolation) in try StoreDecider.decide(command, store) }
    }

    var profile: StoreProfile { Given.store.profile! }

    // MARK: Details

    @Test func theOwnerChangesTheAddressFeeAndMinimum() throws {
        var edited = profile
        edited.address = "  서울 마포구 와우산로 94 "
        edited.deliveryFee = Won(2_500)
        edited.minimumOrder = Won(15_000)
        let events = try decide(.updateProfile(edited, by: Given.owner, now: Given.noon)).get()
        var expected = edited
        expected.address = "서울 마포구 와우산로 94"  // validated as at registration: trimmed
        #expect(events == [.profileUpdated(.init(profile: expected, at: Given.noon))])
        let after = StoreDecider.evolve(Given.store, events[0])
        #expect(after.profile == expected)
        #expect(after.menu == Given.store.menu)
    }

    @Test func anotherOwnerIsRefused() {
        #expect(decide(.updateProfile(profile, by: Given.otherOwner, now: Given.noon)).violation == .notYourStore)
        #expect(
            decide(.updateProfile(profile, by: Given.customer, now: Given.noon)).violation
                == .wrongRole(expected: .owner, actual: .customer))
    }

    /// The registration's own rules and messages, not a copy of them.
    @Test func anInvalidFieldIsRefusedAsAtRegistration() {
        var noNumber = profile
        noNumber.payoutAccount = "국민은행"
        var fee = profile
        fee.deliveryFee = Won(100_001)
        var empty = profile
        empty.address = "   "
        for bad in [noNumber, fee, empty] {
            let registering = Result { () throws(RuleViolation) in try bad.validated() }.violation
            #expect(registering != nil)
            #expect(decide(.updateProfile(bad, by: Given.owner, now: Given.noon)).violation == registering)
        }
    }

    @Test func theNameAndBusinessNumberStayAsRegistered() {
        var renamed = profile
        renamed.name = "홍콩반점 2호점"
        #expect(decide(.updateProfile(renamed, by: Given.owner, now: Given.noon)).violation == .storeNameFixed("홍콩반점"))
        var otherBusiness = profile
        otherBusiness.businessNumber = "105-87-23459"
        #expect(
            decide(.updateProfile(otherBusiness, by: Given.owner, now: Given.noon)).violation
                == .businessNumberFixed("123-45-67891"))
        // The same number typed without dashes is the same number.
        var undashed = profile
        undashed.businessNumber = "1234567891"
        #expect(decide(.updateProfile(undashed, by: Given.owner, now: Given.noon)).events == [[]])
    }

    @Test func anUnchangedProfileRecordsNothing() {
        #expect(decide(.updateProfile(profile, by: Given.owner, now: Given.noon)).events == [[]])
    }

    /// The placed event holds its own fee: a later edit does not reach it.
    @Test func anOrderPlacedBeforeKeepsItsFee() throws {
        let placed = Given.order(until: .awaitingConfirmation)
        var edited = profile
        edited.deliveryFee = Won(500)
        let changed = StoreDecider.evolve(
            Given.store, try decide(.updateProfile(edited, by: Given.owner, now: Given.noon)).get()[0])
        #expect(OrderDecider.fold(placed).placed?.deliveryFee == Won(3_000))
        let next = when(
            [],
            .place(
                Given.orderID, lines: [CartLine(item: Given.jjajang, quantity: 2)], store: changed, payment: nil, by: Given.customer,
                now: Given.noon))
        guard case .placed(let order)? = next.events?.first?.first else {
            Issue.record("not placed: \(String(describing: next.violation))")
            return
        }
        #expect(order.deliveryFee == Won(500))
    }

    // MARK: Removing a dish

    var withoutJjajang: StoreState {
        StoreDecider.evolve(Given.store, .menuItemRemoved(.init(item: Given.jjajang, at: Given.noon)))
    }

    @Test func theOwnerRemovesADish() throws {
        let events = try decide(.removeMenuItem(Given.jjajang, by: Given.owner, now: Given.noon)).get()
        #expect(events == [.menuItemRemoved(.init(item: Given.jjajang, at: Given.noon))])
        let after = withoutJjajang
        #expect(after.item(Given.jjajang) == nil)
        #expect(after.menu.map(\.name) == ["짬뽕", "탕수육"])
        #expect(after.removedItems == [Given.jjajang: "짜장면"])
    }

    @Test func onlyTheOwnerRemoves() {
        #expect(decide(.removeMenuItem(Given.jjajang, by: Given.otherOwner, now: Given.noon)).violation == .notYourStore)
    }

    @Test func aRemovedDishIsGoneForGood() {
        let gone = withoutJjajang
        #expect(decide(.removeMenuItem(Given.jjajang, by: Given.owner, now: Given.noon), given: gone).violation == .menuItemRemoved("짜장면"))
        #expect(
            decide(.setSoldOut(Given.jjajang, true, by: Given.owner, now: Given.noon), given: gone).violation == .menuItemRemoved("짜장면"))
        #expect(
            decide(.editMenuItem(Given.jjajang, name: nil, price: 6_000, description: nil, by: Given.owner, now: Given.noon), given: gone)
                .violation == .menuItemRemoved("짜장면"))
        // Its id is never given to another dish; its name may be, as a new dish.
        #expect(
            decide(.addMenuItem(Given.jjajang, name: "간짜장", price: 8_000, description: "", by: Given.owner, now: Given.noon), given: gone)
                .violation == .menuItemRemoved("짜장면"))
        let again = MenuItemID("jjajang-2")
        #expect(
            decide(.addMenuItem(again, name: "짜장면", price: 7_500, description: "", by: Given.owner, now: Given.noon), given: gone)
                .violation == nil)
        #expect(decide(.removeMenuItem(MenuItemID("nope"), by: Given.owner, now: Given.noon)).violation == .unknownMenuItem("nope"))
    }

    /// A cart still holding the dish is refused at checkout by name, as a sold-out dish is.
    @Test func orderingARemovedDishIsRefused() {
        let lines = [CartLine(item: Given.jjambbong, quantity: 1), CartLine(item: Given.jjajang, quantity: 2, quotedPrice: Won(7_000))]
        let refused = when(
            [], .place(Given.orderID, lines: lines, store: withoutJjajang, payment: nil, by: Given.customer, now: Given.noon))
        #expect(refused.violation == .menuItemRemoved("짜장면"))
        #expect(PlacementRule.refusal(of: lines, at: withoutJjajang, now: Given.noon) == .menuItemRemoved("짜장면"))
        #expect(RuleViolation.menuItemRemoved("짜장면").text(in: .korean) == "짜장면은 메뉴에서 빠졌어요. 장바구니에서 빼고 다시 주문하세요.")
    }

    @Test func anOrderPlacedBeforeKeepsItsLines() {
        let placed = OrderDecider.fold(Given.order(until: .cooking))
        _ = withoutJjajang
        #expect(placed.placed?.lines.map(\.name) == ["짜장면"])
        #expect(placed.placed?.lines.map(\.unitPrice) == [Won(7_000)])
    }
}
