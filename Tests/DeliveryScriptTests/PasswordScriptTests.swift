import DeliveryScript
import Testing

/// `password "current" to "new"`: the acting person changes their password; both are hidden
/// in the line the demo shows.
@Suite("The command language: changing a password")
struct PasswordScriptTests {
    @Test func bothPasswordsAreHiddenInTheShownLine() throws {
        let lines = try ScriptParser.parse(#"password "minji-12345" to "새비밀번호-2026""#, file: "p.baedal")
        #expect(lines.map(\.command) == [.changePassword(current: "minji-12345", new: "새비밀번호-2026")])
        #expect(!lines[0].source.contains("minji") && !lines[0].source.contains("새비밀번호"))
        #expect(lines[0].source.hasPrefix("password "))
    }

    @Test func theNewPasswordSignsInAndTheOldOneIsRefused() async throws {
        let reports = try await AddressScriptTests.run(
            """
            clock 2026-11-25 12:00
            signup customer 민지 password "minji-12345"
            password "wrong-12345" to "새비밀번호-2026"
            expect refused "current password is wrong"
            password "minji-12345" to "새비밀번호-2026"
            signin 민지 password "minji-12345"
            expect refused "Wrong name or password"
            signin 민지 password "새비밀번호-2026"
            """)
        #expect(reports[4].text.hasSuffix("password changed"))
        #expect(!reports.contains { $0.isFailure })
        #expect(reports.map(\.outcome).filter { $0 == .expectationMet }.count == 2)
        #expect(reports.last?.outcome == .ok)
    }
}
