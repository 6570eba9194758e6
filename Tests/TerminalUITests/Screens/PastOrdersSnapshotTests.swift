import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// The owner's past orders as drawn: the list, and the order opened whole, in Korean at both
/// sizes and in English at the smallest.
@Suite("Owner past orders screens") @MainActor
struct PastOrdersSnapshotTests {
    func owner(_ size: TerminalSize, language: Language = .korean) async throws -> SessionDriver {
        let world = try await ScreenWorld.seeded()
        return await SessionDriver.signedIn("박사장", role: .owner, in: world, size: size, language: language)
    }

    @Test(arguments: snapshotSizes)
    func pastOrders(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.character("7"))
        assertSnapshot(session.frame, named: "owner-past-orders-\(size.label)")
    }

    /// The delivered order of today: its three dishes, the fee, every step's time and the rider.
    @Test(arguments: snapshotSizes)
    func pastOrderDetail(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.character("7"), .enter)
        assertSnapshot(session.frame, named: "owner-past-order-\(size.label)")
    }

    /// Yesterday's order, cancelled by the customer with a reason, and refunded.
    @Test(arguments: snapshotSizes)
    func cancelledPastOrderDetail(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.character("7"), .down, .enter)
        assertSnapshot(session.frame, named: "owner-past-order-cancelled-\(size.label)")
    }

    @Test func inEnglish() async throws {
        let session = try await owner(EnglishSnapshotTests.size, language: .english)
        await session.press(.character("7"))
        assertSnapshot(session.frame, named: "en-owner-past-orders-80x24")
        await session.press(.enter)
        assertSnapshot(session.frame, named: "en-owner-past-order-80x24")
        await session.press(.escape, .down, .enter)
        assertSnapshot(session.frame, named: "en-owner-past-order-cancelled-80x24")
    }
}
