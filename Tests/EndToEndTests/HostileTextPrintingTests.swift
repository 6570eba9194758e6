import Foundation
import Testing

/// Logs written before free text was checked may hold ESC, BEL and direction overrides.
/// `baedal run` and `baedal timeline` print them escaped, never raw to the terminal.
@Suite("Printing old hostile text")
struct HostileTextPrintingTests {
    static let sqlite3 = "/usr/bin/sqlite3"

    /// Rewrites the log as an old baedal would have let it be written: the store's name now
    /// retitles the terminal, and the rejection's reason clears the screen.
    func tamper(_ db: String) throws {
        let sql = """
            UPDATE events SET payload = CAST(replace(replace(CAST(payload AS TEXT),
              '행복반점', '행복\\u001b]0;pwned\\u0007반점'), '재료가', '\\u202e재료가\\u001b[2J') AS BLOB);
            UPDATE rm_stores SET name = '행복' || char(27) || ']0;pwned' || char(7) || '반점';
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.sqlite3)
        process.arguments = [db, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    func rawControls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: sqlite3)))
    func timelineAndTranscriptShowControlCharactersEscaped() throws {
        let db = ProcessHarness.temporaryDatabase()
        let script = """
            clock 2026-11-25 11:50
            signup owner 왕사장 password "wang-12345"
            store "행복반점" category 중식 address "서울 종로구 종로 1" hours 10:00-22:00 minimum 12000 fee 3000 payout "국민 123-456-789" business 123-45-67891
            menu "행복반점" add "탕수육" 18000
            signup customer 민지 password "minji-12345"
            address add "서울 관악구 신림로 1, 101호" default
            cart add "행복반점" "탕수육" 1
            order @rejected card 4242424242424242 exp 12/30 cvc 123
            as 왕사장
            reject @rejected "재료가 떨어졌어요"

            """
        let run = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: script)
        #expect(run.status == 0, "\(run.stderr)")
        let id = try #require(run.stdout.firstMatch(of: /placed @rejected \(([0-9A-Z]+)\)/)?.1)
        try tamper(db)

        let timeline = try ProcessHarness.run(["timeline", String(id), "--db", db])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        #expect(rawControls(timeline.stdout).isEmpty)
        #expect(timeline.stdout.contains("행복\\u{1B}]0;pwned\\u{7}반점"))
        #expect(timeline.stdout.contains("\\u{202E}재료가\\u{1B}[2J 떨어졌어요"))

        let shown = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: "show stores\n")
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(rawControls(shown.stdout).isEmpty)
        #expect(shown.stdout.contains("행복\\u{1B}]0;pwned\\u{7}반점"))
    }

    @Test func aStoreNameWithEscapeIsRefusedSayingWhere() throws {
        let db = ProcessHarness.temporaryDatabase()
        let script = """
            signup owner 왕사장 password "wang-12345"
            store "행복\u{1B}]0;x\u{07}반점" category 중식 address "서울 종로구 종로 1" hours 10:00-22:00 minimum 12000 fee 3000 payout "국민 123-456-789" business 123-45-67891
            expect refused "cannot hold ESC (U+001B, a control character), at character 3"

            """
        let result = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: script)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(rawControls(result.stdout).isEmpty)
    }
}
