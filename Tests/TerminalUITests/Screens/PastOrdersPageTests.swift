import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// The owner's past orders: reached by `7` and Tab like every section, read a page at a time,
/// opened whole with Enter and closed with Esc, and following the log.
@Suite("Owner past orders") @MainActor
struct PastOrdersPageTests {
    static let store = StoreID("STORE1")
    static let noon = ScreenWorld.now

    static func order(_ id: String, minutesAgo: Double, outcome: PastOrder.Outcome = .delivered) -> PastOrder {
        PastOrder(
            order: OrderID(id), customer: AccountID("김민수"), placedAt: noon.addingTimeInterval(-minutesAgo * 60),
            summary: "짜장면 ×1", total: 10_000, outcome: outcome, endedAt: noon)
    }

    static func page(_ orders: [PastOrder], hasOlder: Bool) -> PastOrdersPage {
        PastOrdersPage(orders: orders, hasOlder: hasOlder)
    }

    @Test func sevenTabAndShiftTabReachThePage() async throws {
        var h = try await UpdateHarness.signedIn("박사장", role: .owner)
        let store = try #require(h.owner.currentStore?.id)
        let effects = h.press(.character("7"))
        #expect(h.owner.section == .pastOrders)
        #expect(effects.fetches.contains(.pastOrders(store, h.owner.actor, after: nil)))
        h.press(.tab)
        #expect(h.owner.section == .incoming)
        h.press(.backTab)
        #expect(h.owner.section == .pastOrders)
        h.press(.backTab)
        #expect(h.owner.section == .reviews)
        #expect(h.press(.character("8")).isEmpty)
        #expect(h.owner.section == .reviews)
    }

    @Test func theSessionsReadsAskForTheNewestPageWhileThePageIsOpen() async throws {
        var h = try await UpdateHarness.signedIn("박사장", role: .owner, after: [.character("7")])
        let store = try #require(h.owner.currentStore?.id)
        #expect(h.owner.refreshEffects().contains(.fetch(.pastOrders(store, h.owner.actor, after: nil))))
        h.press(.character("1"))
        #expect(!h.owner.refreshEffects().contains(.fetch(.pastOrders(store, h.owner.actor, after: nil))))
    }

    @Test func enterOpensTheOrderWholeAndEscGoesBack() async throws {
        var h = try await UpdateHarness.signedIn("박사장", role: .owner, after: [.character("7")])
        let first = try #require(h.owner.pastOrders.list.selectedItem)
        let effects = h.press(.enter)
        #expect(effects.fetches == [.pastOrder(first.id, h.owner.actor)])
        let detail = PastOrderDetail(
            order: first.id, customerName: "김민수", lines: [], subtotal: 0, deliveryFee: 0, total: 0, ending: .delivered,
            placedAt: first.placedAt)
        // An answer to an order no longer asked about is dropped.
        h.send(.fetched(.pastOrder(OrderID("OTHER"), h.owner.actor), .success(.pastOrder(detail))))
        #expect(h.owner.pastOrders.opened == nil)
        h.send(.fetched(.pastOrder(first.id, h.owner.actor), .success(.pastOrder(detail))))
        #expect(h.owner.pastOrders.opened == detail)
        #expect(h.owner.listFilter == nil)
        let hints = h.owner.hints(context: ScreenContext(now: h.model.now, size: h.model.size)).map(\.key)
        #expect(hints.contains("Esc") && !hints.contains("Enter"))
        h.press(.escape)
        #expect(h.owner.pastOrders.opened == nil)
        #expect(h.owner.section == .pastOrders)
    }

    @Test func theHintsNameTheNewSection() async throws {
        let h = try await UpdateHarness.signedIn("박사장", role: .owner, after: [.character("7")])
        let hints = h.owner.hints(context: ScreenContext(now: h.model.now, size: h.model.size))
        #expect(hints.contains(KeyHint(key: "Tab/1-7", .tabs, in: .korean)))
        #expect(hints.contains(KeyHint(key: "Enter", .viewOrder, in: .korean)))
        #expect(OwnerSection.pastOrders.title(in: .korean) == "지난 주문")
        #expect(OwnerSection.pastOrders.title(in: .english) == "Past orders")
    }

    @Test func movingOntoTheLastOrderReadAsksForTheOlderPageOnce() throws {
        var browser = PastOrdersBrowser()
        let newest = [Self.order("C", minutesAgo: 1), Self.order("B", minutesAgo: 2)]
        let page = Self.page(newest, hasOlder: true)
        browser.take(page, of: Self.store, after: nil)
        #expect(browser.list.items.map(\.order.rawValue) == ["C", "B"])
        let fromTheTop = browser.olderPageToAsk()
        #expect(fromTheTop == nil)  // on the first row
        browser.list.handle(.down)
        let asked = browser.olderPageToAsk()
        let cursor = try #require(asked)
        #expect(cursor == PastOrdersCursor(after: newest[1]))
        #expect(browser.isReadingOlder)
        let again = browser.olderPageToAsk()
        #expect(again == nil)  // asked once

        browser.take(Self.page([Self.order("A", minutesAgo: 3)], hasOlder: false), of: Self.store, after: cursor)
        #expect(browser.list.items.map(\.order.rawValue) == ["C", "B", "A"])
        #expect(!browser.hasOlder && !browser.isReadingOlder)
        #expect(browser.list.selectedItem?.order.rawValue == "B")
    }

    @Test func theNewestPageAgainKeepsTheOlderOrdersRead() {
        var browser = PastOrdersBrowser()
        browser.take(
            Self.page([Self.order("C", minutesAgo: 1), Self.order("B", minutesAgo: 2)], hasOlder: true), of: Self.store, after: nil)
        browser.list.handle(.down)
        let cursor = browser.olderPageToAsk()
        browser.take(Self.page([Self.order("A", minutesAgo: 3)], hasOlder: true), of: Self.store, after: cursor)
        // An order finished: the newest page now ends one order sooner.
        browser.take(
            Self.page([Self.order("D", minutesAgo: 0.5), Self.order("C", minutesAgo: 1)], hasOlder: true), of: Self.store,
            after: nil)
        #expect(browser.list.items.map(\.order.rawValue) == ["D", "C", "B", "A"])
        #expect(browser.list.selectedItem?.order.rawValue == "B")
        #expect(browser.hasOlder)  // still after A, as before
        // A page asked for before the list was read again, from a place no longer the end, is dropped.
        browser.take(Self.page([Self.order("Z", minutesAgo: 9)], hasOlder: false), of: Self.store, after: cursor)
        #expect(!browser.list.items.contains { $0.order.rawValue == "Z" })
        // Another store's page starts again.
        browser.take(Self.page([Self.order("X", minutesAgo: 1)], hasOlder: false), of: StoreID("STORE2"), after: nil)
        #expect(browser.list.items.map(\.order.rawValue) == ["X"])
        #expect(browser.isRead(for: StoreID("STORE2")) && !browser.isRead(for: Self.store))
    }

    @Test func theDetailScrollsWithinItsLines() {
        var browser = PastOrdersBrowser()
        browser.take(Self.page([Self.order("A", minutesAgo: 1)], hasOlder: false), of: Self.store, after: nil)
        browser.ask(OrderID("A"))
        let detail = PastOrderDetail(
            order: OrderID("A"), customerName: "김민수", lines: [], subtotal: 0, deliveryFee: 0, total: 0, ending: .delivered,
            placedAt: Self.noon)
        browser.open(detail, asked: OrderID("A"))
        func scroll(_ key: Key) -> Bool { browser.scrollDetail(key, lines: 20, rows: 8) }
        #expect(scroll(.end))
        #expect(browser.detailLine == 12)
        #expect(scroll(.character("j")))
        #expect(browser.detailLine == 12)
        #expect(scroll(.home))
        #expect(browser.detailLine == 0)
        #expect(!scroll(.character("x")))
    }

    @Test func howAnOrderEndedIsSaidWithTheReasonAndTheMoney() {
        func facts(_ ending: PastOrderDetail.Ending, refunded: Won? = nil, in language: Language = .korean) -> [String] {
            let detail = PastOrderDetail(
                order: OrderID("A"), customerName: "김민수", lines: [], subtotal: 0, deliveryFee: 0, total: 0, ending: ending,
                placedAt: Self.noon, refunded: refunded)
            return OwnerModel.detailFacts(detail, in: language).dropFirst(2).map { "\($0.label) \($0.value)" }
        }
        #expect(
            facts(.cancelledByCustomer(reason: "잘못 주문했어요", paid: true), refunded: 17_000)
                == ["결과 고객이 취소했어요", "사유 잘못 주문했어요", "환불 17,000원"])
        #expect(facts(.cancelledByCustomer(reason: nil, paid: false)) == ["결과 고객이 취소했어요", "사유 고객이 적지 않았어요", "환불 청구된 금액 없음"])
        #expect(facts(.notConfirmedInTime(minutes: 5), refunded: 17_000) == ["결과 5분 안에 접수하지 않아 자동 취소됐어요", "환불 17,000원"])
        #expect(
            facts(.paymentNotCompleted, in: .english)
                == ["Outcome Cancelled: the payment never went through", "Refund nothing was charged"])
        #expect(
            facts(.rejected(reason: "재료 소진"), refunded: 17_000, in: .english)
                == ["Outcome You rejected it", "Reason 재료 소진", "Refund ₩17,000"])
        #expect(facts(.delivered) == ["결과 배달 완료"])
    }

    /// Another session finishes an order while the page is open: the next tick shows it at the top.
    @Test func anOrderThatFinishesElsewhereAppearsOnTheNextTick() async throws {
        let world = try await ScreenWorld.seeded()
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world, engine: try await world.secondEngine())
        await owner.press(.character("7"))
        let before = try #require(owner.owner?.pastOrders.list.items.count)
        let park = Actor(account: AccountID("박사장"), role: .owner)
        let waiting = try #require(try await world.engine.storeOrders(park, statuses: [.awaitingConfirmation]).first)
        try await world.engine.reject(waiting.id, reason: "재료가 떨어졌어요", as: park)
        await owner.tick()
        #expect(owner.owner?.pastOrders.list.items.count == before + 1)
        #expect(owner.owner?.pastOrders.list.items.first?.id == waiting.id)
        #expect(owner.text.contains("거절·환불"))
    }
}
