import DeliveryDomain
import Testing

@testable import TerminalUI

/// `Q` signs out to the launcher from any role's session, so a shared terminal (or an SSH
/// session) can change account without quitting; typed into a field it is just a letter.
@Suite("Signing out") @MainActor
struct SignOutTests {
    @Test(arguments: [("김민수", Role.customer), ("박사장", Role.owner), ("정라이더", Role.rider)])
    func capitalQReturnsToTheLauncher(name: String, role: Role) async throws {
        var h = try await UpdateHarness.signedIn(name, role: role)
        let effects = h.press(.character("Q"))
        guard case .launcher = h.model.screen else {
            Issue.record("still on \(h.model.screen) after Q")
            return
        }
        #expect(effects == [.fetch(.storeCount)])
    }

    @Test func qTypedIntoASearchIsALetter() async throws {
        var h = try await UpdateHarness.signedIn("김민수", role: .customer)
        h.press(.character("/"))
        h.press(.character("Q"))
        guard case .customer = h.model.screen else {
            Issue.record("signed out while typing a search")
            return
        }
        #expect(h.customer.stores.search.text == "Q")
    }

    @Test func theLauncherAndTheHelpShowTheDatabase() async throws {
        var h = try await UpdateHarness.signedIn("김민수", role: .customer)
        h.model.database = DatabaseName(full: "/tmp/오타.sqlite", short: "오타.sqlite")
        h.press(.character("?"))
        #expect(h.text.contains("DB /tmp/오타.sqlite"))
        h.press(.escape)
        h.press(.character("Q"))
        #expect(h.text.contains("DB /tmp/오타.sqlite"))
    }
}
