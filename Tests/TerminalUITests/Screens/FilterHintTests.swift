import DeliveryDomain
import Foundation
import Testing
@testable import TerminalUI

/// `/` filters every list, so every page with a list says so in its key hints (and so in the
/// help overlay, which lists the same hints), the owner's and the rider's as the customer's.
@Suite("The / filter is in the hints") @MainActor
struct FilterHintTests {
    func hintKeys(_ session: SessionDriver) -> [String] {
        session.model.screen.hints(model: session.model).map(\.key)
    }

    @Test func everyOwnerListSaysSlashFilters() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("박사장", role: .owner, in: world)
        for section in ["1", "2", "4", "6"] {
            await session.press(.character(Character(section)))
            #expect(hintKeys(session).contains("/"), "owner section \(section)")
        }
        await session.press(.character("?"))
        #expect(session.text.contains("/ "))
    }

    @Test func theCustomersInboxSaysSlashFiltersToo() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        for section in ["3", "4"] {
            await session.press(.character(Character(section)))
            #expect(hintKeys(session).contains("/"), "customer section \(section)")
        }
    }

    @Test func everyRiderListSaysSlashFilters() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("정라이더", role: .rider, in: world)
        for section in ["1", "2", "3"] {
            await session.press(.character(Character(section)))
            #expect(hintKeys(session).contains("/"), "rider section \(section)")
        }
    }
}
