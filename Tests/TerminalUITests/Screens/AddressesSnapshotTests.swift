import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// The 주소·카드 page (`A`) at 80×24 and 120×32: the default address starred, and the form that
/// adds one.
@Suite("Addresses page") @MainActor
struct AddressesSnapshotTests {
    func addresses(_ size: TerminalSize) async throws -> SessionDriver {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world, size: size)
        await session.press(.character("A"))
        return session
    }

    @Test(arguments: snapshotSizes)
    func theDefaultAddressIsStarred(size: TerminalSize) async throws {
        let session = try await addresses(size)
        #expect(session.text.contains(ScreenWorld.minsuHome.address))
        assertSnapshot(session.frame, named: "customer-addresses-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func addingAnAddressAsksForItsNote(size: TerminalSize) async throws {
        let session = try await addresses(size)
        await session.press(.character("a"))
        await session.type("서울 마포구 월드컵북로 396, 10층")
        assertSnapshot(session.frame, named: "customer-addresses-add-\(size.label)")
    }
}
