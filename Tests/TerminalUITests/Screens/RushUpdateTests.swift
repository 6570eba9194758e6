import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// Keys of the payment and queue states of tracking, and of the owner's queue, kitchen
/// capacity and store registration. Each model is loaded through a real session, then
/// driven through `App.update` alone.
@Suite("Payment and queue keys") @MainActor
struct RushUpdateTests {
    /// 김민수's newest order, opened on its tracking page, after `setUp` changed the world.
    func tracking(_ setUp: (ScreenWorld) async throws -> Void) async throws -> (UpdateHarness, SessionDriver) {
        let world = try await ScreenWorld.seeded()
        try await setUp(world)
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        await session.press(.character("3"), .enter)
        return (UpdateHarness(model: session.model), session)
    }

    func owner(_ name: String = "박사장", _ setUp: (ScreenWorld) async throws -> Void = { _ in }) async throws
        -> (UpdateHarness, SessionDriver)
    {
        let world = try await ScreenWorld.seeded()
        try await setUp(world)
        let session = await SessionDriver.signedIn(name, role: .owner, in: world)
        return (UpdateHarness(model: session.model), session)
    }

    // MARK: Customer: payment

    @Test func openingAnOrderAsksForItsDetailsAndTheLogMovingAsksAgain() async throws {
        var (h, _) = try await tracking { _ in }
        h.press(.escape)
        let order = h.customer.orders.items[0].id
        let opened = h.press(.enter)
        #expect(opened.fetches == [.tracking(order, h.customer.actor)])
        let refreshed = h.send(.storeChanged(head: 999))
        #expect(refreshed.fetches.contains(.tracking(order, h.customer.actor)))
    }

    @Test func detailsOfAnotherOrderAreDropped() async throws {
        var (h, _) = try await tracking { try await $0.pendingPayment() }
        let shown = h.customer.tracking
        #expect(shown?.paymentPendingSince != nil)
        let other = OrderID("SOMEOTHER")
        h.send(.fetched(.tracking(other, h.customer.actor), .success(.tracking(OrderTracking(order: other)))))
        #expect(h.customer.tracking == shown)
    }

    @Test func aPendingPaymentSaysSoAndIsNotShownAsSentToTheStore() async throws {
        var (h, _) = try await tracking { try await $0.pendingPayment() }
        #expect(h.text.contains("결제 확인 중 — 결제가 끝나면 가게에 전달돼요"))
        #expect(!h.text.contains("가게 확인을 기다리는"))
        #expect(!h.text.contains("p 다른 카드로 결제"))
        h.press(.character("p"))
        #expect(h.notice?.text == "결제를 확인하는 중이에요. 결과가 나오면 바로 알려 드려요.")
        #expect(h.customer.screen == .tracking)
    }

    @Test func aPendingPaymentTurnsLiveIntoAnOrderAtTheStore() async throws {
        let (_, session) = try await tracking { try await $0.pendingPayment() }
        #expect(session.text.contains("결제 확인 중"))
        let outbox = try await session.world.outboxEngine()
        _ = try await outbox.settlePayment(session.customer!.orders.items[0].id)
        await session.tick()
        #expect(!session.text.contains("결제 확인 중"))
        #expect(session.text.contains("가게 확인을 기다리는 중"))
    }

    @Test func pAfterADeclineOpensCheckoutForTheSameOrder() async throws {
        var (h, _) = try await tracking { try await $0.declinedPayment() }
        let order = h.customer.orders.items[0].id
        #expect(h.text.contains("결제 거절 · "))
        #expect(h.press(.character("p")).sends.isEmpty)
        guard case .checkout(let page) = h.customer.pages.last else {
            Issue.record("p should open checkout")
            return
        }
        #expect(page.pendingOrder == order)
        h.type("4242424242424242")
        h.press(.tab)
        h.type("1230")
        h.press(.tab)
        h.type("123")
        let paid = h.press(.enter)
        #expect(paid.sends.count == 1)
        guard case .pay(order, _, _) = paid.sends.first else {
            Issue.record("expected the waiting order to be paid")
            return
        }
        h.send(.sent(paid.sends[0], .success(.payment(.pending(reason: "queued")))))
        #expect(h.customer.screen == .tracking)
        #expect(h.model.toast?.message.hasPrefix("결제 확인 중") == true)
        h.press(.escape)
        #expect(h.customer.screen == .orders)
    }

    @Test func pAfterAProcessorFailureOpensCheckoutForTheSameOrder() async throws {
        var (h, _) = try await tracking { try await $0.failedPayment() }
        let order = h.customer.orders.items[0].id
        #expect(h.text.contains("결제 시스템 오류로 결제되지 않았어요"))
        #expect(!h.text.contains("거절"))
        #expect(h.customer.trackingHints().contains(KeyHint(key: "p", .payAgain, in: .korean)))
        h.press(.character("p"))
        guard case .checkout(let page) = h.customer.pages.last else {
            Issue.record("p should open checkout")
            return
        }
        #expect(page.pendingOrder == order && page.lastAttemptFailed)
    }

    @Test func escFromPayingAgainGoesBackToTracking() async throws {
        var (h, _) = try await tracking { try await $0.declinedPayment() }
        h.press(.character("p"))
        #expect(h.customer.screen == .checkout)
        h.press(.escape)
        #expect(h.customer.screen == .tracking)
    }

    @Test func pOnAPaidOrderIsRefusedInPlace() async throws {
        var (h, _) = try await tracking { _ in }
        h.press(.character("p"))
        #expect(h.notice == .refusal(RuleViolation.alreadyPaid.description))
    }

    @Test func aCheckoutLeftToThePaymentWorkerDoesNotSayPaid() async throws {
        var h = try await UpdateHarness.signedIn(
            "김민수", role: .customer,
            after: [.down, .enter, .enter, .enter, .character("c"), .enter])
        h.type("4242424242424242")
        h.press(.tab)
        h.type("1230")
        h.press(.tab)
        h.type("123")
        let effects = h.press(.enter)
        let id = OrderID("PENDING1")
        let refresh = h.send(.sent(effects.sends[0], .success(.placed(id, .pending(reason: "queued")))))
        #expect(h.customer.screen == .tracking)
        #expect(refresh.fetches.contains(.tracking(id, h.customer.actor)))
        #expect(h.model.toast?.message == "결제 확인 중 · 결제가 끝나면 홍콩반점에 전달돼요")
    }

    @Test func anOrderGivenUpAtThePaymentLimitSaysWhy() async throws {
        var expired: OrderID?
        var (h, _) = try await tracking { expired = try await $0.expiredPayment() }
        h.press(.escape)
        let index = h.customer.orders.items.firstIndex { $0.id == expired }!
        for _ in 0..<index { h.press(.character("j")) }
        h.press(.enter)
        // The details arrive through the runtime; here they are fed by hand.
        h.send(
            .fetched(
                .tracking(expired!, h.customer.actor),
                .success(.tracking(OrderTracking(order: expired!, cancelledUnpaid: true)))))
        #expect(h.text.contains("결제가 10분 안에 끝나지 않아 주문이 취소됐어요 · 청구된 금액은 없어요"))
        #expect(h.text.contains("사유: payment could not be completed within 10 minutes"))
        #expect(!h.text.contains("x 주문 취소"))
    }

    @Test func theOrderListSaysWhereAnUnsentOrderStands() async throws {
        var (pending, _) = try await tracking { try await $0.pendingPayment() }
        pending.press(.escape)
        #expect(pending.customer.statusText(pending.customer.orders.items[0]) == "결제 확인 중")
        #expect(pending.text.contains("결제 확인 중"))
        var (declined, _) = try await tracking { try await $0.declinedPayment() }
        declined.press(.escape)
        #expect(declined.customer.statusText(declined.customer.orders.items[0]) == "결제 거절")
        var (failed, _) = try await tracking { try await $0.failedPayment() }
        failed.press(.escape)
        #expect(failed.customer.statusText(failed.customer.orders.items[0]) == "결제 실패")
        var (queued, _) = try await tracking { try await $0.queuedOrders() }
        queued.press(.escape)
        #expect(queued.customer.statusText(queued.customer.orders.items[0]) == "가게 대기열")
        #expect(queued.customer.statusText(queued.customer.orders.items[1]) == "주문 접수 대기")
    }

    // MARK: Customer: the store's queue

    @Test func theQueuePlaceIsShownAndLeavingAsksFirstWithTheRefund() async throws {
        var (h, _) = try await tracking { try await $0.queuedOrders() }
        let order = h.customer.orders.items[0]
        #expect(h.text.contains("대기 순서 2 / 3 · 약 40분"))
        #expect(h.press(.character("x")).isEmpty)
        #expect(h.customer.prompt?.purpose == .tracking(.leaveQueue(order.id)))
        #expect(h.text.contains("17,000원은 카드로 환불돼요"))
        h.press(.character("n"))
        #expect(h.customer.prompt == nil)
        h.press(.character("x"))
        let effects = h.press(.enter)
        #expect(effects.sends == [.cancel(order.id, by: h.customer.actor)])
        h.send(.sent(effects.sends[0], .success(.done)))
        #expect(h.notice == .success("대기열에서 나왔어요. 주문은 취소되고 17,000원은 카드로 환불돼요."))
    }

    @Test func theQueuePlaceMovesLiveWhenSomeoneAheadLeaves() async throws {
        var ahead: OrderID?
        let (_, session) = try await tracking { ahead = try await $0.queuedOrders().ahead }
        #expect(session.text.contains("대기 순서 2 / 3"))
        try await session.world.engine.cancel(ahead!, as: try await session.world.actor("이영희"))
        await session.tick()
        #expect(session.text.contains("대기 순서 1 / 2"))
        #expect(session.text.contains("다음 차례예요"))
    }

    @Test func leavingTheQueueForRealRefundsAndStopsTheOrder() async throws {
        let (_, session) = try await tracking { try await $0.queuedOrders() }
        await session.press(.character("x"), .character("y"))
        #expect(session.customer?.orders.items[0].orderStatus == .cancelled)
        #expect(session.text.contains("대기열에서 나왔어요"))
    }

    // MARK: Owner: queue and capacity

    @Test func incomingAndStoreSettingsReadTheQueue() async throws {
        var (h, _) = try await owner { try await $0.queuedOrders() }
        let store = h.owner.currentStore!.id
        #expect(h.owner.admission == StoreAdmission(queueLength: 3, kitchenCapacity: 1))
        #expect(h.text.contains("대기열 3건 · 주방 2건 (수용 1건)"))
        #expect(h.press(.character("3")).fetches.contains(.admission(store)))
        #expect(!h.press(.character("4")).fetches.contains(.admission(store)))
        #expect(h.send(.storeChanged(head: 999)).fetches.contains(.admission(h.owner.currentStore!.id)) == false)
        h.press(.character("1"))
        #expect(h.send(.storeChanged(head: 1000)).fetches.contains(.admission(store)))
    }

    @Test func kSetsOrLiftsTheKitchenCapacityWithItsRangeCheckedInPlace() async throws {
        var (h, _) = try await owner { try await $0.queuedOrders() }
        let store = h.owner.currentStore!.id
        h.press(.character("3"), .character("k"))
        #expect(h.owner.prompt?.purpose == .store(.kitchenCapacity))
        #expect(h.owner.prompt?.prompt.text(0) == "1")
        h.press(.backspace)
        h.type("501")
        #expect(h.press(.enter).isEmpty)
        #expect(h.owner.prompt?.prompt.error == "주방 수용은 1~500건이에요 (입력: 501). 비우면 제한을 풀어요.")
        h.press(.backspace, .backspace, .backspace)
        h.type("5")
        let set = h.press(.enter)
        #expect(set.sends == [.setKitchenCapacity(5, store: store, by: h.owner.actor)])
        h.send(.sent(set.sends[0], .success(.done)))
        #expect(h.owner.prompt == nil)
        #expect(h.notice?.text.hasPrefix("주방 수용을 5건으로 정했어요") == true)
        h.press(.character("k"), .backspace)
        let lift = h.press(.enter)
        #expect(lift.sends == [.setKitchenCapacity(nil, store: store, by: h.owner.actor)])
        h.send(.sent(lift.sends[0], .failure(.refused(.notYourStore))))
        #expect(h.owner.prompt?.prompt.error == RuleViolation.notYourStore.description)
        h.press(.escape)
        #expect(h.owner.prompt == nil)
    }

    @Test func kWaitsForTheCurrentCapacityBeforeOffering() async throws {
        var (h, _) = try await owner()
        h.press(.character("3"))
        h.owner.admission = nil
        #expect(h.press(.character("k")).isEmpty)
        #expect(h.owner.prompt == nil)
        #expect(h.notice?.text == "주방 수용을 불러오는 중이에요. 잠시 후 다시 눌러 주세요.")
    }

    // MARK: Owner: registering a store

    @Test func anOwnerWithoutAStoreGetsTheFormAndEscQuits() async throws {
        var (h, _) = try await owner("새사장")
        #expect(h.owner.registration == StoreRegistrationForm())
        #expect(h.model.screen.isEditingText)
        h.type("q?")
        #expect(h.owner.registration?.text(.name) == "q?")
        #expect(h.press(.escape) == [.quit])
    }

    @Test func tabShiftTabAndArrowsMoveBetweenFields() async throws {
        var (h, _) = try await owner("새사장")
        h.press(.tab)
        #expect(h.owner.registration?.focus == .address)
        h.press(.down, .down)
        #expect(h.owner.registration?.focus == .hours)
        h.press(.backTab, .up)
        #expect(h.owner.registration?.focus == .address)
        h.press(.up, .up)
        #expect(h.owner.registration?.focus == .businessNumber)
    }

    @Test func koreanIsComposedAndKeptPrecomposed() async throws {
        var (h, _) = try await owner("새사장")
        h.type("새로반점")
        h.send(.key(.character("\u{1100}")))  // ᄀ (a conjoining jamo)
        h.send(.key(.character("\u{1161}")))  // ᅡ
        #expect(h.owner.registration?.text(.name) == "새로반점가")
        h.press(.backspace)
        #expect(h.owner.registration?.text(.name) == "새로반점")
    }

    @Test func enterWalksToTheNextEmptyFieldAndSaysWhatIsMissing() async throws {
        var (h, _) = try await owner("새사장")
        #expect(h.press(.enter).isEmpty)
        #expect(h.owner.registration?.errors[.name] == "가게 이름을 입력해 주세요 (예: 홍콩반점).")
        h.type("새로반점")
        #expect(h.owner.registration?.errors[.name] == nil)
        h.press(.enter)
        #expect(h.owner.registration?.focus == .address)
    }

    @Test func theDomainsRefusalsLandNextToTheirFieldsAndNothingIsSent() async throws {
        let (_, session) = try await owner("새사장")
        await RushSnapshotTests().fillRegistration(session, business: "123-45-67890")
        var h = UpdateHarness(model: session.model)
        h.press(.backTab, .backTab, .backTab)
        #expect(h.owner.registration?.focus == .minimumOrder)
        #expect(h.press(.enter).isEmpty)
        let form = h.owner.registration!
        #expect(form.focus == .businessNumber)
        #expect(form.errors.keys.sorted { $0.rawValue < $1.rawValue } == [.businessNumber])
        #expect(form.errors[.businessNumber] == RuleViolation.invalidBusinessNumber("123-45-67890").description)
        #expect(h.text.contains("올바른 사업자등록번호가 아니에요"))
        h.press(.backspace)
        h.type("1")
        #expect(h.owner.registration?.errors.isEmpty == true)
        let sent = h.press(.enter)
        guard case .registerStore(let profile, let actor) = sent.sends.first else {
            Issue.record("expected the store to be registered")
            return
        }
        #expect(actor == h.owner.actor)
        #expect(profile.name == "새로반점" && profile.category == "중식" && profile.minimumOrder == Won(15000))
        #expect(h.owner.registration?.busy == true)
        #expect(h.press(.character("x")).isEmpty)
        // An engine refusal that no field explains is shown under the form.
        h.send(.sent(sent.sends[0], .failure(.storage("disk full"))))
        #expect(h.owner.registration?.busy == false)
        #expect(h.owner.registration?.error == DeliveryError.storage("disk full").description)
    }

    @Test func registeringLandsOnTheNewStoresEmptyMenu() async throws {
        let (_, session) = try await owner("새사장")
        await RushSnapshotTests().fillRegistration(session)
        await session.press(.enter)
        let owner = session.owner!
        #expect(owner.registration == nil)
        #expect(owner.section == .menu)
        #expect(owner.currentStore?.name == "새로반점")
        #expect(owner.storeState?.menu.isEmpty == true)
        await session.press(.character("a"))
        #expect(session.owner?.prompt?.purpose == .menu(.addItem))
    }

    @Test func nRegistersAnotherStoreFromTheSettingsAndEscClosesIt() async throws {
        var (h, _) = try await owner()
        h.press(.character("3"), .character("n"))
        #expect(h.owner.registration == StoreRegistrationForm(canClose: true))
        #expect(h.text.contains("새 가게 등록"))
        #expect(h.press(.escape).isEmpty)
        #expect(h.owner.registration == nil)
        #expect(h.owner.section == .store)
    }

    @Test func aSecondStoreBecomesTheCurrentOne() async throws {
        let (_, session) = try await owner()
        await session.press(.character("3"), .character("n"))
        await RushSnapshotTests().fillRegistration(session)
        await session.press(.enter)
        #expect(session.owner?.stores.count == 2)
        #expect(session.owner?.currentStore?.name == "새로반점")
        #expect(session.owner?.section == .menu)
    }
}
