import Foundation
import Testing

/// `baedal password reset NAME`: the operator's way back in for someone who forgot their password.
@Suite("baedal password reset")
struct PasswordResetTests {
    static func signUp(_ db: String) throws {
        let script = "signup customer 김민수 password \"minsu-12345\"\n"
        let result = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: script)
        #expect(result.status == 0, "\(result.stderr)")
    }

    static func signIn(_ db: String, _ password: String) throws -> ProcessHarness.Result {
        try ProcessHarness.run(
            ["run", "--lang", "en", "-", "--db", db], stdin: "signin 김민수 password \"\(password)\"\nexpect ok\n")
    }

    @Test func theNewPasswordFromStandardInputSignsInAndTheOldOneNoLonger() throws {
        let db = ProcessHarness.temporaryDatabase()
        try Self.signUp(db)
        let reset = try ProcessHarness.run(["password", "reset", "김민수", "--db", db], stdin: "새비밀번호-2026\n")
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(reset.stdout.contains("김민수's password is reset"))
        #expect(!reset.stdout.contains("새비밀번호") && !reset.stderr.contains("새비밀번호"))
        #expect(try Self.signIn(db, "새비밀번호-2026").status == 0)
        #expect(try Self.signIn(db, "minsu-12345").status != 0)
    }

    @Test func aWeakPasswordOrAnUnknownNameChangesNothing() throws {
        let db = ProcessHarness.temporaryDatabase()
        try Self.signUp(db)
        let weak = try ProcessHarness.run(["password", "reset", "김민수", "--db", db], stdin: "short\n")
        #expect(weak.status == 1)
        #expect(weak.stderr.contains("at least 8 characters") && weak.stderr.contains("Nothing was changed"))
        let unknown = try ProcessHarness.run(["password", "reset", "아무개", "--db", db], stdin: "long-enough-1\n")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("No account is named 아무개"))
        let empty = try ProcessHarness.run(["password", "reset", "김민수", "--db", db], stdin: "")
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("BAEDAL_NEW_PASSWORD"))
        #expect(try Self.signIn(db, "minsu-12345").status == 0)
    }
}
