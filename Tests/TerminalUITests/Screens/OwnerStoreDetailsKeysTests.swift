import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing

@testable import TerminalUI

/// `e` on the store settings edits the store's details in the registration form, filled in;
/// `d` on the menu editor removes the selected dish after a yes/no question naming it.
@Suite("Owner keys: store details and removing a dish") @MainActor
struct OwnerStoreDetailsKeysTests {
    func owner() async throws -> UpdateHarness {
        try await UpdateHarness.signedIn("박사장", role: .owner)
    }

    @Test func eOpensTheFormFilledInAndEnterSendsTheEdit() async throws {
        var h = try await owner()
        h.press(.character("3"))
        let store = h.owner.currentStore!.id
        let profile = try #require(h.owner.storeState?.profile)
        h.press(.character("e"))
        let form = try #require(h.owner.registration)
        #expect(form.editing == store)
        #expect(form.text(.name) == profile.name)
        #expect(form.text(.deliveryFee) == "\(profile.deliveryFee.amount)")
        #expect(form.focus == .address)
        #expect(h.text.contains("가게 정보 고치기"))
        #expect(h.text.contains("바꿀 수 없어요"))
        // The name and business number are passed over, and typing there changes nothing.
        h.press(.backTab)
        #expect(h.owner.registration?.focus == .payoutAccount)
        h.press(.tab, .tab)
        #expect(h.owner.registration?.focus == .category)
        h.press(.tab, .tab, .tab)
        #expect(h.owner.registration?.focus == .deliveryFee)
        h.press(.ctrl("u"))
        h.type("200000")
        // The registration's rule and words, under the field.
        #expect(h.press(.enter).sends.isEmpty)
        #expect(h.owner.registration?.errors[.deliveryFee] == RuleViolation.invalidStoreDetail(.deliveryFeeOutOfRange).text(in: .korean))
        h.press(.ctrl("u"))
        h.type("1500")
        var expected = profile
        expected.deliveryFee = Won(1_500)
        let effects = h.press(.enter)
        #expect(effects.sends == [.updateStoreProfile(expected, store: store, by: h.owner.actor)])
        h.send(.sent(.updateStoreProfile(expected, store: store, by: h.owner.actor), .success(.done)))
        #expect(h.owner.registration == nil)
        #expect(h.notice?.text == "가게 정보를 저장했어요. 새 주문부터 적용돼요.")
    }

    @Test func escClosesTheEditWithoutSending() async throws {
        var h = try await owner()
        h.press(.character("3"), .character("e"))
        #expect(h.owner.registration != nil)
        #expect(h.press(.escape).isEmpty)
        #expect(h.owner.registration == nil)
    }

    @Test func dAsksNamingTheDishAndYRemovesIt() async throws {
        var h = try await owner()
        h.press(.character("4"))
        let store = h.owner.currentStore!.id
        let first = h.owner.menu.items[0]
        #expect(h.press(.character("d")).isEmpty)
        let question = try #require(h.owner.prompt?.prompt)
        #expect(question.isQuestion)
        #expect(question.lines.first?.hasPrefix("\(first.name)") == true)
        // n keeps the dish.
        #expect(h.press(.character("n")).sends.isEmpty)
        #expect(h.owner.prompt == nil)
        h.press(.delete)
        let removal = Action.removeMenuItem(first.id, store: store, name: first.name, by: h.owner.actor)
        #expect(h.press(.character("y")).sends == [removal])
        h.send(.sent(removal, .success(.done)))
        #expect(h.notice?.text == "\(first.name)을 메뉴에서 뺐어요.")
        #expect(
            h.owner.hints(context: ScreenContext(now: ScreenWorld.now, size: .minimum, toast: nil, paymentSystem: nil)).contains {
                $0.key == "d/Del"
            })
    }
}
