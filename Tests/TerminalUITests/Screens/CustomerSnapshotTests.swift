import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// Every customer screen at 80×24 and 120×32, drawn from a real engine.
@Suite("Customer screens") @MainActor
struct CustomerSnapshotTests {
    func customer(_ size: TerminalSize) async throws -> SessionDriver {
        let world = try await ScreenWorld.seeded()
        return await SessionDriver.signedIn("김민수", role: .customer, in: world, size: size)
    }

    @Test(arguments: snapshotSizes)
    func stores(size: TerminalSize) async throws {
        let session = try await customer(size)
        assertSnapshot(session.frame, named: "customer-stores-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func storesWhileSearching(size: TerminalSize) async throws {
        let session = try await customer(size)
        await session.press(.character("/"))
        await session.type("반점")
        assertSnapshot(session.frame, named: "customer-stores-search-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func menuWithSoldOutRefusal(size: TerminalSize) async throws {
        let session = try await customer(size)
        await session.press(.down, .enter)  // 홍콩반점: open stores come first, favourites first among them
        await session.press(.enter, .enter)  // 짜장면 ×2
        await session.press(.character("j"), .character("j"), .enter)  // 탕수육: sold out
        assertSnapshot(session.frame, named: "customer-menu-\(size.label)")
    }

    /// `r` on a menu: the store's reviews, newest first, the writer's name masked, then one
    /// opened whole with the owner's reply.
    @Test(arguments: snapshotSizes)
    func storeReviews(size: TerminalSize) async throws {
        let session = try await customer(size)
        await session.press(.down, .enter)  // 홍콩반점
        await session.press(.character("r"))
        await session.tick()
        assertSnapshot(session.frame, named: "customer-store-reviews-\(size.label)")
        #expect(session.text.contains("국물이 진하고 맛있어요"))
        let row = session.text.split(separator: "\n").first { $0.contains("국물이 진하고") }
        #expect(row?.contains("김**") == true && row?.contains("김민수") == false, "the writer's name is masked")
        await session.press(.enter)
        #expect(session.text.contains("사장님: 감사합니다! 또 오세요 :)"))
        await session.press(.escape, .escape)
        #expect(session.customer?.screen == .menu)
    }

    @Test(arguments: snapshotSizes)
    func cart(size: TerminalSize) async throws {
        let session = try await customer(size)
        await session.press(.down, .enter, .enter, .enter, .character("j"), .enter, .character("c"))
        assertSnapshot(session.frame, named: "customer-cart-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func checkoutWithMaskedCard(size: TerminalSize) async throws {
        let session = try await customer(size)
        await session.press(.down, .enter, .enter, .enter, .character("c"), .enter)
        await session.type("4242424242424242")
        await session.press(.tab)
        await session.type("12/30")
        await session.press(.tab)
        await session.type("12")
        assertSnapshot(session.frame, named: "customer-checkout-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func orderHistory(size: TerminalSize) async throws {
        let session = try await customer(size)
        await session.press(.character("3"))
        assertSnapshot(session.frame, named: "customer-orders-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func trackingWhileTheStoreDecides(size: TerminalSize) async throws {
        let session = try await customer(size)
        await session.press(.character("3"), .enter)
        assertSnapshot(session.frame, named: "customer-tracking-waiting-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func trackingOnTheRoadWithCancelRefused(size: TerminalSize) async throws {
        let session = try await customer(size)
        await session.press(.character("3"), .character("j"), .enter, .character("x"))
        assertSnapshot(session.frame, named: "customer-tracking-delivery-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func reviewBeforeTheWindowOpens(size: TerminalSize) async throws {
        let session = try await customer(size)
        await session.press(.character("3"), .character("j"), .character("j"), .character("r"))
        assertSnapshot(session.frame, named: "customer-review-not-open-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func reviewInsideTheWindow(size: TerminalSize) async throws {
        let session = try await customer(size)
        session.world.at("2026-11-25 12:45")
        await session.tick()
        await session.press(.character("3"), .character("j"), .character("j"), .character("r"), .left, .tab)
        await session.type("짜장면이 맛있어요")
        assertSnapshot(session.frame, named: "customer-review-open-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func reviewAfterTheWindowClosed(size: TerminalSize) async throws {
        let session = try await customer(size)
        session.world.at("2026-11-26 12:00")
        await session.tick()
        await session.press(.character("3"))
        let index = session.customer!.orders.items.firstIndex { $0.summary.hasPrefix("짜장면 ×1, 군만두") }!
        for _ in 0..<index { await session.press(.character("j")) }
        await session.press(.character("r"))
        assertSnapshot(session.frame, named: "customer-review-closed-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func inbox(size: TerminalSize) async throws {
        let session = try await customer(size)
        await session.press(.character("4"))
        assertSnapshot(session.frame, named: "customer-inbox-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func notificationToastWhenTheStoreConfirms(size: TerminalSize) async throws {
        let session = try await customer(size)
        await session.press(.character("3"), .enter)
        let owner = try await session.world.engine.signIn(name: "박사장", password: ScreenWorld.passwords["박사장"]!)
        try await session.world.engine.confirm(session.customer!.orders.items[0].id, cookMinutes: 25, as: owner)
        await session.tick()
        assertSnapshot(session.frame, named: "customer-tracking-confirmed-toast-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func helpOverlay(size: TerminalSize) async throws {
        let session = try await customer(size)
        await session.press(.character("?"))
        assertSnapshot(session.frame, named: "customer-help-\(size.label)")
    }
}
