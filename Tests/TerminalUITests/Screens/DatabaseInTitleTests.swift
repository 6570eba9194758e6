import Foundation
import Testing
@testable import TerminalUI

/// The title bar is the session's status line: who is signed in on the left, and on the right
/// the database (when the bar has room) and the time.
@Suite("The title bar names the database") @MainActor
struct DatabaseInTitleTests {
    @Test func aLocalSessionNamesItsDatabaseFileBeforeTheClock() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world, size: TerminalSize(width: 80, height: 24))
        #expect(session.text.split(separator: "\n").first?.contains("s.sqlite") == false)
        session.runtime.showDatabase(DatabaseName(full: "/home/minsu/orders/s.sqlite", short: "s.sqlite"))
        await session.press(.character("1"))
        let title = try #require(session.text.split(separator: "\n").first)
        #expect(title.hasSuffix("s.sqlite · 12:00"))
        #expect(!title.contains("/home"))
    }

    @Test func whoIsSignedInKeepsTheRoomWhenBothDoNotFit() {
        var layout = SessionLayout(
            title: "배달 · " + String(repeating: "가", count: 28), status: "12:00", tabs: [], activeTab: 1, hints: [],
            database: "orders.sqlite")
        #expect(layout.statusWithDatabase(width: 80) == "12:00")
        layout.title = "배달 · 김민수 (고객) · 가게"
        #expect(layout.statusWithDatabase(width: 80) == "orders.sqlite · 12:00")
        layout.database = nil
        #expect(layout.statusWithDatabase(width: 80) == "12:00")
    }
}
