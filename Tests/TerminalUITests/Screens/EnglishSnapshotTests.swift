import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// Every role's screens in an English session (`--lang en`), at the smallest window they are
/// designed for: English is wider than Korean at times, and each screen must still fit 80×24.
/// The data (store names, dishes, people) stays as entered, in Korean; everything the screens
/// say themselves is English, which ``screenWordsAreEnglish(_:)`` checks line by line.
@Suite("English sessions") @MainActor
struct EnglishSnapshotTests {
    static let size = TerminalSize(width: 80, height: 24)

    func session(_ name: String, _ role: Role) async throws -> SessionDriver {
        let world = try await ScreenWorld.seeded()
        return await SessionDriver.signedIn(name, role: role, in: world, size: Self.size, language: .english)
    }

    @Test func launcher() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.started(.launcher, in: world, size: Self.size, language: .english)
        assertSnapshot(session.frame, named: "en-launcher-80x24")
        await session.press(.character("u"))
        assertSnapshot(session.frame, named: "en-sign-up-80x24")
    }

    @Test func customer() async throws {
        let session = try await session("김민수", .customer)
        assertSnapshot(session.frame, named: "en-customer-stores-80x24")
        await session.press(.down, .enter, .enter, .enter, .character("j"), .character("j"), .enter)
        assertSnapshot(session.frame, named: "en-customer-menu-80x24")
        await session.press(.character("c"))
        assertSnapshot(session.frame, named: "en-customer-cart-80x24")
        await session.press(.enter)
        assertSnapshot(session.frame, named: "en-customer-checkout-80x24")
        await session.press(.escape, .character("3"))
        assertSnapshot(session.frame, named: "en-customer-orders-80x24")
        await session.press(.enter)
        assertSnapshot(session.frame, named: "en-customer-tracking-80x24")
        await session.press(.escape, .character("4"))
        assertSnapshot(session.frame, named: "en-customer-inbox-80x24")
        await session.press(.character("?"))
        assertSnapshot(session.frame, named: "en-customer-help-80x24")
    }

    @Test func owner() async throws {
        let session = try await session("박사장", .owner)
        session.world.at("2026-11-25 12:02:30")
        await session.tick()
        assertSnapshot(session.frame, named: "en-owner-incoming-80x24")
        await session.press(.enter)
        assertSnapshot(session.frame, named: "en-owner-confirm-prompt-80x24")
        await session.press(.escape, .character("2"))
        assertSnapshot(session.frame, named: "en-owner-kitchen-80x24")
        await session.press(.character("3"))
        assertSnapshot(session.frame, named: "en-owner-store-80x24")
        await session.press(.character("4"))
        assertSnapshot(session.frame, named: "en-owner-menu-80x24")
        await session.press(.character("5"))
        assertSnapshot(session.frame, named: "en-owner-sales-80x24")
        await session.press(.character("6"))
        assertSnapshot(session.frame, named: "en-owner-reviews-80x24")
        await session.press(.character("?"))
        assertSnapshot(session.frame, named: "en-owner-help-80x24")
    }

    @Test func ownerRegistersAStore() async throws {
        let session = try await session("박사장", .owner)
        await session.press(.character("3"), .character("n"), .enter)
        assertSnapshot(session.frame, named: "en-owner-registration-80x24")
    }

    @Test func rider() async throws {
        let session = try await session("정라이더", .rider)
        assertSnapshot(session.frame, named: "en-rider-open-80x24")
        await session.press(.character("2"))
        assertSnapshot(session.frame, named: "en-rider-current-80x24")
        await session.press(.character("3"))
        assertSnapshot(session.frame, named: "en-rider-past-80x24")
    }

    @Test func riderGivesAJobBack() async throws {
        let world = try await ScreenWorld.seeded()
        let job = try #require(try await world.engine.openJobs().first { $0.storeName == "홍콩반점" })
        try await world.engine.acceptJob(job.id, as: Actor(account: AccountID("정라이더"), role: .rider))
        let session = await SessionDriver.signedIn("정라이더", role: .rider, in: world, size: Self.size, language: .english)
        await session.press(.character("2"), .character("x"))
        assertSnapshot(session.frame, named: "en-rider-release-question-80x24")
        await session.press(.character("y"))
        #expect(session.rider?.notice?.text == "You gave job \(job.orderId) back; another rider can take it now.")
    }

    @Test func theDefaultIsKorean() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("정라이더", role: .rider, in: world, size: Self.size)
        #expect(session.model.language == .korean)
        #expect(session.text.contains("배차 대기"))
    }

    @Test func aWindowTooSmallSaysSoInEnglish() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.started(.launcher, in: world, size: Self.size, language: .english)
        await session.resize(TerminalSize(width: 60, height: 20))
        #expect(session.text.contains("Window too small: 60×20."))
    }
}
