import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// The payment gateway's health on the screens, read from the record a real payment worker
/// wrote: the owner's status line over the incoming orders, the customer's explanation on a
/// pending payment's tracking page, and the stores list's notice while the breaker is open.
@Suite("Payment gateway health screens") @MainActor
struct GatewayHealthSnapshotTests {
    /// Where the worker's report comes from: the breaker, and when the worker last wrote.
    enum Report: String, CaseIterable, CustomStringConvertible {
        case open, halfOpen = "half-open", stale
        var description: String { rawValue }

        func write(to world: ScreenWorld) async throws {
            switch self {
            case .open: try await world.reportGatewayHealth(.open)
            case .halfOpen: try await world.reportGatewayHealth(.halfOpen)
            // Fifteen seconds before the screen's time: the worker has stopped reporting.
            case .stale: try await world.reportGatewayHealth(.open, at: "2026-11-25 11:59:45")
            }
        }
    }

    /// 김민수's payment waits for the gateway; the worker has reported `report`.
    func session(_ name: String, role: Role, _ size: TerminalSize, _ report: Report) async throws -> SessionDriver {
        let world = try await ScreenWorld.seeded()
        try await world.pendingPayment()
        try await report.write(to: world)
        return await SessionDriver.signedIn(name, role: role, in: world, size: size)
    }

    @Test(arguments: snapshotSizes, Report.allCases)
    func ownerIncoming(size: TerminalSize, report: Report) async throws {
        let session = try await session("박사장", role: .owner, size, report)
        assertSnapshot(session.frame, named: "owner-incoming-gateway-\(report)-\(size.label)")
    }

    @Test(arguments: snapshotSizes, Report.allCases)
    func customerTrackingAPendingPayment(size: TerminalSize, report: Report) async throws {
        let session = try await session("김민수", role: .customer, size, report)
        await session.press(.character("3"), .enter)
        assertSnapshot(session.frame, named: "customer-tracking-gateway-\(report)-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func storesWhileTheBreakerIsOpen(size: TerminalSize) async throws {
        let session = try await session("김민수", role: .customer, size, .open)
        assertSnapshot(session.frame, named: "customer-stores-gateway-open-\(size.label)")
    }
}
