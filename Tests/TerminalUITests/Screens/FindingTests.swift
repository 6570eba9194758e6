import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// Finding a store or a row, ordering again, and switching stores in the cart (issue 13,
/// "Finding, re-ordering, paying"), through a real session on the test world.
@Suite("Finding and re-ordering") @MainActor
struct FindingTests {
    func customer(_ world: ScreenWorld? = nil) async throws -> SessionDriver {
        let world = if let world { world } else { try await ScreenWorld.seeded() }
        return await SessionDriver.signedIn("김민수", role: .customer, in: world, size: TerminalSize(width: 120, height: 32))
    }

    func storeNames(_ session: SessionDriver) -> [String] {
        session.customer?.stores.list.items.map(\.summary.name) ?? []
    }

    // MARK: Search by dish

    @Test("짜장 finds 홍콩반점 for its 짜장면, and the row says so")
    func searchByDish() async throws {
        let session = try await customer()
        await session.press(.character("/"))
        await session.type("짜장")
        #expect(storeNames(session) == ["홍콩반점"])
        #expect(session.customer?.stores.list.items.first?.matchedDishes == ["짜장면"])
        #expect(session.text.contains("홍콩반점 · 짜장면"))
    }

    @Test("Initials find a dish too: ㄲㅂ finds 엽기떡볶이's 주먹김밥")
    func searchByInitials() async throws {
        let session = try await customer()
        await session.press(.character("/"))
        await session.type("ㄱㅂ")
        #expect(storeNames(session) == ["엽기떡볶이"])
        #expect(session.text.contains("엽기떡볶이 · 주먹김밥"))
    }

    // MARK: Closed stores

    @Test("A closed store says when it opens and is listed after the open ones")
    func closedStoreSaysWhenItOpens() async throws {
        let session = try await customer()  // 12:00: 교촌치킨 opens at 15:00
        #expect(storeNames(session) == ["엽기떡볶이", "홍콩반점", "교촌치킨 신촌점"])
        #expect(session.text.contains("15:00에 열어요"))
        #expect(!session.text.contains("영업 종료"))
    }

    @Test("After closing time it opens tomorrow")
    func closedForTheNight() async throws {
        let world = try await ScreenWorld.seeded()
        world.at("2026-11-25 23:45")  // 홍콩반점 closed at 22:00, 엽기떡볶이 at 23:30
        let session = try await customer(world)
        #expect(storeNames(session) == ["교촌치킨 신촌점", "엽기떡볶이", "홍콩반점"])
        #expect(session.text.contains("내일 10:30에 열어요"))
        #expect(session.text.contains("내일 11:00에 열어요"))
    }

    @Test(
        "The launcher counts the open stores truthfully",
        arguments: [
            (StoreCounts(total: 5, open: 1), "가게 5곳 중 1곳이 문을 열었어요."),
            (StoreCounts(total: 5, open: 5), "가게 5곳이 모두 문을 열었어요."),
            (StoreCounts(total: 5, open: 0), "가게 5곳이 지금은 모두 문을 닫았어요."),
        ])
    func launcherCounts(counts: StoreCounts, line: String) {
        var (model, _) = SessionStart.launcher.begin(size: TerminalSize(width: 80, height: 24), now: ScreenWorld.now)
        _ = App.update(&model, .fetched(.storeCount, .success(.storeCount(counts))))
        #expect(App.view(model).grid.lines().joined(separator: "\n").contains(line))
    }

    // MARK: `/` on every list

    @Test("/ filters the orders; typed q is text; Esc clears")
    func filterOrders() async throws {
        var h = try await UpdateHarness.signedIn("김민수", role: .customer, after: [.character("3")])
        let all = h.customer.orders.items.count
        h.press(.character("/"))
        h.type("짬뽕q")
        #expect(h.model.screen.isEditingText)
        h.press(.backspace)
        #expect(h.customer.orders.items.allSatisfy { $0.summary.contains("짬뽕") })
        #expect(h.customer.orders.items.count == 2)
        #expect(h.text.contains("/ 짬뽕"))
        #expect(h.text.contains("2/\(all)건"))
        h.press(.enter)  // keeps the filter, gives the keys back
        #expect(!h.model.screen.isEditingText)
        #expect(h.customer.orders.items.count == 2)
        h.press(.escape)
        #expect(h.customer.orders.items.count == all)
        #expect(!h.text.contains("/ 짬뽕"))
    }

    @Test("A filtered list keeps filtering as live updates arrive")
    func filterSurvivesRefresh() async throws {
        var h = try await UpdateHarness.signedIn("김민수", role: .customer, after: [.character("3")])
        let orders = h.customer.orders.allItems
        h.press(.character("/"))
        h.type("볶음밥")
        h.send(.fetched(.history(h.customer.actor), .success(.orders(orders))))
        #expect(h.customer.orders.items.count == 1)
        #expect(h.customer.orders.allItems.count == orders.count)
    }

    @Test("/ filters a menu, the owner's menu and the rider's past jobs")
    func filterOtherLists() async throws {
        var owner = try await UpdateHarness.signedIn("박사장", role: .owner, after: [.character("4")])
        owner.press(.character("/"))
        owner.type("ㅉ")
        #expect(owner.owner.menu.items.map(\.name) == ["짜장면", "짬뽕"])
        owner.press(.escape)
        #expect(owner.owner.menu.items.count == 5)

        var rider = try await UpdateHarness.signedIn("정라이더", role: .rider, after: [.character("3")])
        #expect(rider.rider.past.items.count == 2)
        rider.press(.character("/"))
        rider.type("군만두")
        #expect(rider.rider.past.items.count == 1)
        #expect(rider.text.contains("1/2건"))
    }

    // MARK: Re-order

    @Test("o puts a past order back into the cart, leaving out a sold-out dish and saying so")
    func reorder() async throws {
        let world = try await ScreenWorld.seeded()
        let park = try await world.engine.signIn(name: "박사장", password: ScreenWorld.passwords["박사장"]!)
        let hk = try await world.engine.stores(search: "홍콩반점")[0].store.id
        let jjambbong = try await world.engine.storeState(hk).item(named: "짬뽕")!.id
        try await world.engine.setSoldOut(jjambbong, in: hk, true, as: park)
        let session = try await customer(world)
        await session.press(.character("3"), .down)  // 짬뽕 and 짜장면, on the road
        await session.press(.character("o"))
        let customer = try #require(session.customer)
        #expect(customer.section == .cart)
        #expect(customer.cart.storeName == "홍콩반점")
        #expect(customer.cart.lines.map(\.quantity) == [1])
        #expect(customer.notice?.text.contains("빠진 메뉴: 짬뽕(품절)") == true)
        #expect(session.text.contains("짜장면"))
    }

    @Test("Re-ordering over a full cart asks first; no keeps the cart")
    func reorderAsksBeforeEmptying() async throws {
        let session = try await customer()
        await session.press(.enter, .enter)  // 엽기떡볶이's first dish
        await session.press(.character("3"), .character("o"))
        #expect(session.customer?.prompt != nil)
        #expect(session.text.contains("장바구니를 비우고"))
        await session.press(.character("n"))
        #expect(session.customer?.cart.storeName == "엽기떡볶이")
        await session.press(.character("o"), .character("y"))
        #expect(session.customer?.cart.storeName == "홍콩반점")
        #expect(session.customer?.cart.itemCount == 2)  // 짜장면 ×2, waiting for the store
    }

    // MARK: Store switch

    @Test("A dish from a second store offers to empty the cart; yes swaps the stores")
    func storeSwitch() async throws {
        let session = try await customer()
        await session.press(.down, .enter, .enter)  // 홍콩반점's 짜장면
        #expect(session.customer?.cart.storeName == "홍콩반점")
        await session.press(.escape, .up, .enter, .enter)  // 엽기떡볶이's 엽기떡볶이
        #expect(session.text.contains("장바구니를 비우고 담을까요?"))
        #expect(session.customer?.cart.storeName == "홍콩반점")
        await session.press(.character("y"))
        let customer = try #require(session.customer)
        #expect(customer.cart.storeName == "엽기떡볶이")
        #expect(customer.cart.itemCount == 1)
        #expect(customer.notice?.kind == .success)
    }

    // MARK: Screens

    @Test(arguments: snapshotSizes)
    func dishSearchScreen(size: TerminalSize) async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world, size: size)
        await session.press(.character("/"))
        await session.type("짜장")
        assertSnapshot(session.frame, named: "customer-stores-dish-search-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func filteredOrdersScreen(size: TerminalSize) async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world, size: size)
        await session.press(.character("3"), .character("/"))
        await session.type("짬뽕")
        assertSnapshot(session.frame, named: "customer-orders-filter-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func storeSwitchPrompt(size: TerminalSize) async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world, size: size)
        await session.press(.down, .enter, .enter, .escape, .up, .enter, .enter)
        assertSnapshot(session.frame, named: "customer-store-switch-\(size.label)")
    }
}
