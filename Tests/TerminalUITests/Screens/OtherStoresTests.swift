import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Testing
@testable import TerminalUI

/// An owner with two stores, looking at one: an order at the other one is counted, announced
/// with its store's name and rung; a customer's cancellation is said, not just gone.
@Suite("Owners with more than one store") @MainActor
struct OtherStoresTests {
    /// 박사장's second store, 홍콩반점 2호점, opened today beside the first.
    static func secondStore(in world: ScreenWorld) async throws -> (StoreID, MenuItemID) {
        let park = try await world.engine.signIn(name: "박사장", password: ScreenWorld.passwords["박사장"]!)
        let store = try await world.engine.registerStore(
            StoreProfile(
                name: "홍콩반점 2호점", address: "서울 마포구 독막로 9", category: "중식",
                hours: try OpeningHours(parsing: "10:30-22:00"), minimumOrder: 5000, deliveryFee: 3000,
                payoutAccount: "국민 123-456-789012", businessNumber: "123-45-67891"), as: park)
        let item = try await world.engine.addMenuItem(to: store, name: "짬뽕", price: 9000, description: "", as: park)
        return (store, item)
    }

    static func order(at store: StoreID, _ item: MenuItemID, by name: String, in world: ScreenWorld) async throws -> OrderID {
        let actor = try await world.engine.signIn(name: name, password: ScreenWorld.passwords[name]!)
        return try await world.engine.placeOrder(
            from: store, lines: [CartLine(item: item, quantity: 1)], card: ScreenWorld.card, as: actor
        ).order
    }

    @Test("An order at the other store: a badge on it in the switcher, a toast naming it, and the bell, once")
    func anOrderAtTheOtherStoreIsCountedAnnouncedAndRung() async throws {
        let world = try await ScreenWorld.seeded()
        let (second, item) = try await Self.secondStore(in: world)
        // Wide enough that the toast (the right half of the top rows) leaves the switcher in sight.
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world, size: TerminalSize(width: 120, height: 32))
        #expect(owner.owner?.currentStore?.name == "홍콩반점")
        #expect(owner.text.contains("가게 [/]  ▸홍콩반점 1  홍콩반점 2호점"))
        #expect(owner.frame.bell == false)

        _ = try await Self.order(at: second, item, by: "이영희", in: world)
        await owner.tick()
        #expect(owner.model.toast?.message.hasPrefix("새 주문 · 홍콩반점 2호점 · 이영희") == true)
        #expect(owner.text.contains("홍콩반점 2호점 ●1"))
        #expect(owner.frame.bell)
        // The page stays on the store being looked at.
        #expect(owner.owner?.currentStore?.name == "홍콩반점")
        #expect(owner.owner?.incoming.items.count == 1)

        // The bell rang with that frame; the next tick's frame is quiet.
        await owner.tick()
        #expect(owner.frame.bell == false)
        #expect(owner.model.toast != nil)

        // ] goes there, and its order is on the page, not announced again.
        await owner.press(.character("]"))
        #expect(owner.owner?.currentStore?.name == "홍콩반점 2호점")
        #expect(owner.owner?.incoming.items.map(\.customerName) == ["이영희"])
        #expect(owner.text.contains("▸홍콩반점 2호점 1"))
        #expect(owner.frame.bell == false)
    }

    @Test("[/] is in the footer and in the ? help of an owner with two stores")
    func theStoreSwitchIsInTheHintsAndHelp() async throws {
        let world = try await ScreenWorld.seeded()
        _ = try await Self.secondStore(in: world)
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world, size: TerminalSize(width: 80, height: 24))
        let footer = owner.frame.grid.lines().last ?? ""
        #expect(footer.contains("[/] 가게 바꾸기"))
        await owner.press(.character("?"))
        #expect(owner.text.contains("[/]") && owner.text.contains("가게 바꾸기"))
        #expect(owner.text.contains("K") && owner.text.contains("계정"))
    }

    @Test("A customer's cancellation is told, naming the customer and the order")
    func aCustomersCancellationIsTold() async throws {
        let world = try await ScreenWorld.seeded()
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world)
        let waiting = try #require(owner.owner?.incoming.items.first)
        let minsu = try await world.engine.signIn(name: "김민수", password: ScreenWorld.passwords["김민수"]!)
        try await world.engine.cancel(waiting.id, reason: "잘못 주문했어요", as: minsu)
        await owner.tick()
        let told = "김민수 님이 주문 \(waiting.orderId)을(를) 취소했어요"
        #expect(owner.owner?.incoming.isEmpty == true)
        #expect(owner.owner?.notice?.text.hasPrefix(told) == true)
        #expect(owner.model.toast?.message.hasPrefix(told) == true)
        #expect(owner.text.contains(told))
    }

    @Test("An order whose confirmation time ran out is told as an automatic cancellation")
    func anAutomaticCancellationIsTold() async throws {
        let world = try await ScreenWorld.seeded()
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world)
        let waiting = try #require(owner.owner?.incoming.items.first)
        world.at("2026-11-25 12:04")
        await owner.tick()
        await owner.tick()
        #expect(owner.owner?.incoming.isEmpty == true)
        #expect(owner.owner?.notice?.text.hasPrefix("주문 \(waiting.orderId)이(가) 확인 시간이 지나 자동 취소됐어요") == true)
    }

    @Test("An order the owner rejected here is not told again as a cancellation")
    func anOrderRejectedHereIsNotToldAgain() async throws {
        let world = try await ScreenWorld.seeded()
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world)
        await owner.press(.character("n"))
        await owner.type("재료 소진")
        await owner.press(.enter)
        #expect(owner.owner?.notice?.kind == .success)
        await owner.tick()
        #expect(owner.owner?.incoming.isEmpty == true)
        #expect(owner.owner?.notice?.text.contains("취소") != true)
        #expect(owner.owner?.leaving.isEmpty == true)
    }
}
