import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Testing
@testable import TerminalUI

@Suite("Owner keys") @MainActor
struct OwnerUpdateTests {
    func owner() async throws -> UpdateHarness {
        try await UpdateHarness.signedIn("박사장", role: .owner)
    }

    @Test func sectionsByTabShiftTabAndDigits() async throws {
        var h = try await owner()
        #expect(h.owner.section == .incoming)
        h.press(.tab)
        #expect(h.owner.section == .kitchen)
        h.press(.backTab, .backTab)
        #expect(h.owner.section == .pastOrders)
        let effects = h.press(.character("5"))
        #expect(h.owner.section == .sales)
        #expect(effects.fetches.contains(.sales(h.owner.currentStore!.id, h.owner.who.actor)))
        h.press(.character("]"))
        #expect(h.notice?.text == "가게가 하나뿐이에요.")
        h.press(.character("["))
        #expect(h.owner.section == .sales)
    }

    @Test func incomingConfirmWithTheStoresCookingTime() async throws {
        var h = try await owner()
        #expect(h.owner.incoming.items.count == 1)
        h.press(.character("j"), .character("k"), .down, .up)
        h.press(.enter)
        #expect(h.owner.prompt?.prompt.text(0) == "20")
        #expect(h.model.screen.isEditingText)
        h.press(.backspace, .backspace)
        h.type("25")
        let effects = h.press(.enter)
        let order = h.owner.incoming.items[0].id
        #expect(effects.sends == [.confirm(order, cookMinutes: 25, by: h.owner.actor)])
        h.send(.sent(effects.sends[0], .success(.done)))
        #expect(h.owner.prompt == nil)
        #expect(h.notice?.kind == .success)
    }

    /// The order left the incoming list while its confirm was being asked (the customer
    /// cancelled, time ran out): the question closes rather than wait for an Enter the engine
    /// would refuse.
    @Test func aConfirmQuestionForAnOrderThatLeftCloses() async throws {
        var h = try await owner()
        h.press(.enter)
        #expect(h.owner.prompt != nil)
        let order = h.owner.incoming.items[0].id
        let others = h.owner.active.filter { $0.id != order }
        h.send(.fetched(.activeStoreOrders(h.owner.actor), .success(.orders(others))))
        #expect(h.owner.prompt == nil)
        #expect(h.owner.incoming.items.isEmpty)
    }

    @Test func yAlsoConfirmsAndABadTimeIsRefusedInThePrompt() async throws {
        var h = try await owner()
        h.press(.character("y"))
        h.press(.backspace, .backspace)
        #expect(h.press(.enter).isEmpty)
        #expect(h.owner.prompt?.prompt.error?.contains("조리 시간") == true)
        h.type("999")
        let effects = h.press(.enter)
        h.send(.sent(effects.sends[0], .failure(.refused(.invalidCookingTime(999)))))
        #expect(h.text.contains("조리 시간은 1~180분이어야 해요"))
        h.press(.escape)
        #expect(h.owner.prompt == nil)
    }

    @Test func rejectNeedsAReason() async throws {
        var h = try await owner()
        h.press(.character("n"))
        let empty = h.press(.enter)
        #expect(empty.sends == [.reject(h.owner.incoming.items[0].id, reason: "", by: h.owner.actor)])
        h.send(.sent(empty.sends[0], .failure(.refused(.reasonRequired))))
        #expect(h.owner.prompt?.prompt.error == RuleViolation.reasonRequired.description)
        h.type("재료가 떨어졌어요")
        #expect(h.press(.enter).sends == [.reject(h.owner.incoming.items[0].id, reason: "재료가 떨어졌어요", by: h.owner.actor)])
    }

    /// The field takes what the rule takes (``FreeText/Field/reason``, 200 characters): it
    /// stopped at 60 before, a bound of its own.
    @Test func aReasonTakesWhatTheRuleTakes() async throws {
        var h = try await owner()
        h.press(.character("n"))
        h.type(String(repeating: "가", count: 250))
        #expect(h.owner.prompt?.prompt.text(0).count == FreeText.Field.reason.maxLength)
    }

    @Test func promptTabMovesBetweenFields() async throws {
        var h = try await owner()
        h.press(.character("3"), .character("t"))
        #expect(h.owner.prompt?.prompt.focus == 0)
        h.press(.tab)
        h.press(.down)
        #expect(h.owner.prompt?.prompt.focus == 2)
        h.press(.up)
        h.press(.backTab)
        #expect(h.owner.prompt?.prompt.focus == 0)
        h.press(.backspace, .backspace)
        h.type("25")
        let effects = h.press(.enter)
        #expect(
            effects.sends == [
                .changeSettings(
                    StoreSettings(autoCancelMinutes: 5, prepMinutes: 25, busyExtraMinutes: 20),
                    store: h.owner.currentStore!.id, by: h.owner.actor)
            ])
    }

    @Test func kitchenStartsDeliveryOnlyForCookingOrders() async throws {
        var h = try await owner()
        h.press(.character("2"))
        let cookingIndex = h.owner.kitchen.items.firstIndex { $0.orderStatus == .cooking }!
        let roadIndex = h.owner.kitchen.items.firstIndex { $0.orderStatus == .pickedUp }!
        h.owner.kitchen.select(roadIndex)
        h.press(.character("d"))
        #expect(h.notice?.kind == .refusal)
        h.owner.kitchen.select(cookingIndex)
        h.press(.enter)
        #expect(h.owner.prompt?.prompt.text(0) == "15")
        let effects = h.press(.enter)
        #expect(effects.sends == [.startDelivery(h.owner.kitchen.items[cookingIndex].id, travelMinutes: 15, by: h.owner.actor)])
        h.press(.escape)
        h.press(.character("j"), .character("k"))
    }

    @Test func storeModeAndHoursKeys() async throws {
        var h = try await owner()
        h.press(.character("3"))
        let store = h.owner.currentStore!.id
        #expect(h.press(.character("o")).sends == [.setMode(.open, store: store, by: h.owner.actor)])
        h.send(.sent(.setMode(.open, store: store, by: h.owner.actor), .failure(.refused(.modeUnchanged("open")))))
        #expect(h.notice?.text == "가게가 이미 영업 중 상태예요.")
        #expect(h.press(.character("b")).sends == [.setMode(.busy, store: store, by: h.owner.actor)])
        #expect(h.press(.character("p")).sends == [.setMode(.paused, store: store, by: h.owner.actor)])
        h.press(.character("h"))
        #expect(h.owner.prompt?.prompt.text(0) == "10:30-22:00")
        h.press(.ctrl("u"))
        h.type("25:00-11")
        #expect(h.press(.enter).isEmpty)
        #expect(h.owner.prompt?.prompt.error?.contains("영업 시간은 10:00-22:00처럼 적어요") == true)
        h.press(.ctrl("u"))
        h.type("11:00-23:00")
        #expect(h.press(.enter).sends == [.setHours(OpeningHours(opensAt: 660, closesAt: 1380), store: store, by: h.owner.actor)])
    }

    @Test func menuEditorKeys() async throws {
        var h = try await owner()
        h.press(.character("4"))
        let store = h.owner.currentStore!.id
        h.press(.character("j"), .down, .character("k"), .up)
        let first = h.owner.menu.items[0]
        #expect(h.press(.character("s")).sends == [.setSoldOut(first.id, store: store, true, by: h.owner.actor)])
        #expect(h.press(.character(" ")).sends == [.setSoldOut(first.id, store: store, true, by: h.owner.actor)])
        h.press(.character("e"))
        #expect(h.owner.prompt?.prompt.text(0) == "짜장면")
        #expect(h.owner.prompt?.prompt.text(1) == "7000")
        h.press(.tab)
        h.press(.ctrl("u"))
        h.type("7500")
        #expect(
            h.press(.enter).sends == [
                .editMenuItem(
                    first.id, store: store, name: "짜장면", price: 7500,
                    description: "춘장에 달달 볶은 기본 짜장", by: h.owner.actor)
            ])
        h.press(.escape)
        h.press(.enter)
        #expect(h.owner.prompt != nil)
        h.press(.escape)
        h.press(.character("a"))
        h.type("유산슬")
        #expect(h.press(.enter).isEmpty)  // no price yet
        #expect(h.owner.prompt?.prompt.error?.contains("가격") == true)
        h.press(.tab)
        h.type("25000")
        #expect(h.press(.enter).sends == [.addMenuItem(store: store, name: "유산슬", price: 25000, description: "", by: h.owner.actor)])
    }

    @Test func reviewsReplyOnce() async throws {
        var h = try await UpdateHarness.signedIn("박사장", role: .owner, after: [.character("6")])
        try #require(h.owner.reviews.items.count == 1)
        h.press(.character("j"), .character("k"))
        h.press(.character("r"))
        #expect(h.notice == .refusal(RuleViolation.alreadyReplied.description))
        var unreplied = h.owner
        var review = unreplied.reviews.items[0]
        review.replyText = nil
        unreplied.reviews.replaceItems([review])
        h.owner = unreplied
        h.press(.character("r"))
        h.type("감사합니다")
        #expect(h.press(.enter).sends == [.reply(review.id, text: "감사합니다", by: h.owner.actor)])
    }

    @Test func bracketsSwitchBetweenAnOwnersStores() async throws {
        var h = try await owner()
        let world = try await ScreenWorld.seeded()
        let all = try await world.engine.stores().map(\.store)
        var several = h.owner
        several.stores = all
        h.owner = several
        let effects = h.press(.character("]"))
        #expect(h.owner.storeIndex == 1)
        #expect(effects.fetches.contains(.store(all[1].id)))
        #expect(h.owner.hints(context: ScreenContext(now: h.model.now, size: h.model.size)).contains { $0.key == "[/]" })
        h.press(.character("["), .character("["))
        #expect(h.owner.storeIndex == 2)
    }

    @Test func aNewIncomingOrderShowsAToast() async throws {
        var h = try await owner()
        var orders = h.owner.active
        var fresh = h.owner.incoming.items[0]
        fresh.orderId = OrderID("FRESH001")
        fresh.customerId = AccountID("이영희")
        orders.append(fresh)
        h.send(.fetched(.activeStoreOrders(h.owner.actor), .success(.orders(orders))))
        #expect(h.model.toast?.message.hasPrefix("새 주문 · 이영희") == true)
        #expect(h.owner.incoming.items.count == 2)
    }
}

@Suite("Rider keys") @MainActor
struct RiderUpdateTests {
    func rider() async throws -> UpdateHarness {
        try await UpdateHarness.signedIn("정라이더", role: .rider)
    }

    @Test func acceptAnOpenJob() async throws {
        var h = try await rider()
        #expect(h.rider.open.items.count == 2)
        h.press(.character("j"), .character("k"), .down, .up)
        let job = h.rider.open.items[0].id
        #expect(h.press(.enter).sends == [.acceptJob(job, by: h.rider.actor)])
        #expect(h.press(.character("a")).sends == [.acceptJob(job, by: h.rider.actor)])
        h.send(.sent(.acceptJob(job, by: h.rider.actor), .failure(.refused(.jobTaken))))
        #expect(h.notice?.text == "다른 라이더가 이미 이 배달을 맡았어요.")
        h.send(.sent(.acceptJob(job, by: h.rider.actor), .success(.done)))
        #expect(h.rider.section == .current)
    }

    @Test func pickUpAndDeliverTheCurrentJob() async throws {
        var h = try await rider()
        h.press(.character("2"))
        let job = h.rider.current.items[0].id
        #expect(h.press(.character("p")).sends == [.pickUp(job, by: h.rider.actor)])
        #expect(h.press(.character("d")).sends == [.markDelivered(job, by: h.rider.actor)])
        h.press(.character("j"), .character("k"))
        var empty = h.rider
        empty.current.replaceItems([])
        h.rider = empty
        #expect(h.press(.character("p")).isEmpty)
        #expect(h.notice?.kind == .refusal)
    }

    @Test func sectionsAndPastJobs() async throws {
        var h = try await rider()
        h.press(.tab)
        #expect(h.rider.section == .current)
        #expect(h.press(.tab).fetches == [.riderJobs(h.rider.actor, finished: true)], "past jobs are read as their page opens")
        #expect(h.rider.section == .past)
        h.press(.character("j"), .character("k"))
        h.press(.backTab)
        #expect(h.rider.section == .current)
        h.press(.character("1"))
        #expect(h.rider.section == .open)
        #expect(h.press(.character("q")) == [.quit])
    }
}

@Suite("Launcher keys") @MainActor
struct LauncherUpdateTests {
    func launcher(empty: Bool = false) async throws -> UpdateHarness {
        let world = empty ? try await ScreenWorld.empty() : try await ScreenWorld.seeded()
        let session = await SessionDriver.started(.launcher, in: world)
        return UpdateHarness(model: session.model)
    }

    @Test func anEmptyDatabaseOffersTheSamplesFirst() async throws {
        var h = try await launcher(empty: true)
        #expect(h.launcher.menu.selectedItem == .loadSamples)
        #expect(h.press(.enter) == [.loadSampleStores])
        #expect(h.launcher.busy != nil)
        h.press(.character("j"))  // ignored while busy
        let next = h.send(.samplesLoaded(.success("샘플 가게를 불러왔어요.")))
        #expect(next == [.fetch(.storeCount)])
        h.send(.fetched(.storeCount, .success(.storeCount(StoreCounts(total: 5, open: 5)))))
        #expect(!h.launcher.menu.items.contains(.loadSamples))
        #expect(h.text.contains("샘플 가게를 불러왔어요."))
    }

    @Test func samplesAreNotOfferedWhenStoresExist() async throws {
        var h = try await launcher()
        #expect(!h.launcher.menu.items.contains(.loadSamples))
        #expect(h.press(.character("s")).isEmpty)
    }

    @Test func menuKeysAndShortcuts() async throws {
        var h = try await launcher()
        h.press(.character("j"), .down, .character("k"), .up)
        #expect(h.launcher.menu.selectedItem == .signIn)
        #expect(h.press(.character("d")) == [.launchDemo])
        h.send(.demoFinished("The demo is not available in this build: `baedal demo` does not exist yet."))
        #expect(h.text.contains("not available"))
        h.press(.character("i"))
        #expect(h.launcher.mode == .signIn)
        h.press(.escape)
        h.press(.character("u"))
        #expect(h.launcher.mode == .signUp)
        h.press(.escape)
        h.press(.end)
        #expect(h.press(.enter) == [.quit])
        #expect(h.press(.character("q")) == [.quit])
    }

    @Test func signInFormFlow() async throws {
        var h = try await launcher()
        h.press(.character("i"))
        #expect(h.press(.enter).isEmpty)
        #expect(h.text.contains("이름을 입력하세요."))
        h.type("김민수")
        h.press(.enter)  // on to the password
        #expect(h.launcher.signIn.focus == 1)
        h.press(.enter)
        #expect(h.text.contains("비밀번호를 입력하세요."))
        h.press(.tab, .backTab, .up, .down)
        h.type("minsu-1234")
        #expect(!h.text.contains("minsu-1234"))
        #expect(h.press(.enter) == [.signIn(name: "김민수", password: Secret("minsu-1234"))])
        h.send(.signedIn(.failure(.refused(.wrongPassword))))
        #expect(h.text.contains("이름이나 비밀번호가 틀렸어요."))
        #expect(h.launcher.signIn.password.isEmpty)
    }

    @Test func signUpFormFlow() async throws {
        var h = try await launcher()
        h.press(.character("u"))
        h.type("박지민")
        h.press(.tab)
        h.type("jimin-1234")
        h.press(.down)
        h.type("jimin-9999")
        h.press(.tab, .right, .right, .left, .character(" "))
        #expect(h.launcher.signUp.role == .rider)
        h.press(.enter)
        #expect(h.text.contains("두 비밀번호가 달라요"))
        #expect(h.launcher.signUp.focus == 2)
        h.press(.up, .down)
        h.type("jimin-1234")
        #expect(h.press(.enter) == [.signUp(name: "박지민", role: .rider, password: Secret("jimin-1234"))])
        h.send(.signedIn(.success(SignedIn(actor: Actor(account: AccountID("박지민"), role: .rider), name: "박지민", passwordRevision: 0))))
        #expect(h.rider.section == .open)
    }

    @Test func standaloneSignInTypesQAndEscQuits() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.started(.signIn(role: .customer, name: nil, password: nil), in: world)
        var h = UpdateHarness(model: session.model)
        h.type("q?")
        #expect(h.text.contains("q?"))
        h.press(.ctrl("u"))
        h.type("김민수")
        h.press(.tab)
        h.type("minsu-1234")
        #expect(h.press(.enter) == [.signIn(name: "김민수", password: Secret("minsu-1234"))])
        h.send(.signedIn(.failure(.refused(.wrongPassword))))
        #expect(h.press(.escape) == [.quit])
    }

    @Test func secretsNeverPrint() {
        #expect("\(Secret("minsu-1234"))" == "********")
        #expect(!String(reflecting: Secret("minsu-1234")).contains("minsu"))
        let card = CardDetails(number: "4242424242424242", expiryMonth: 12, expiryYear: 30, cvc: "123")
        #expect(!"\(card)".contains("424242424242"))
        #expect(!String(reflecting: card).contains("123,"))
    }
}
