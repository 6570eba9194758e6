import Foundation
import Testing

/// The trust boundary as a script meets it: a live database's time cannot be moved, and what a
/// script may read depends on who signed in.
@Suite("Trust: time and access")
struct TrustEndToEndTests {
    /// A store open all day, and one customer's paid order, written on the wall clock.
    static let liveSeed = """
        signup owner 왕사장 password "wang-12345"
        store "행복반점" category 중식 address "서울 종로구 종로 1" hours 00:00-24:00 minimum 5000 fee 3000 payout "국민 123-456-789" business 123-45-67891
        menu "행복반점" add "짜장면" 7000 "춘장"
        signup customer 민지 password "minji-12345"
        address add "서울 관악구 신림로 1, 101호" default
        cart add "행복반점" "짜장면" 1
        order @x card 4242424242424242 exp 12/30 cvc 123

        """

    @Test func aScriptCannotAdvanceALiveDatabasesClock() throws {
        let db = ProcessHarness.temporaryDatabase()
        let seed = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: Self.liveSeed)
        #expect(seed.status == 0, "\(seed.stderr)")

        // The attack: a script holding only `advance 6m`, after a real customer's order.
        let advance = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: "advance 6m\n")
        #expect(advance.status == 1)
        #expect(advance.stderr.contains("This database is live"))
        let clock = try ProcessHarness.run(
            ["run", "--lang", "en", "-", "--db", db, "--clock", "2026-11-25 12:00"], stdin: "caption \"x\"\n")
        #expect(clock.status == 1)
        #expect(clock.stderr.contains("This database is live"))

        let history = try ProcessHarness.run(
            ["run", "--lang", "en", "-", "--db", db],
            stdin: "signin 민지 password \"minji-12345\"\nshow history\n")
        #expect(history.stdout.contains("waiting for the store"), "\(history.stdout)")
        #expect(!history.stdout.contains("cancelled"))
    }

    @Test func aSimulatedDatabaseRefusesAHugeAdvanceAndTimeGoingBack() throws {
        let db = ProcessHarness.temporaryDatabase()
        let script = """
            clock 2026-11-25 12:00
            signup customer 민지 password "minji-12345"
            advance 400d
            expect refused "at most 366 days"
            clock 2026-11-25 11:00
            expect refused "cannot run backwards"
            advance 1h
            expect ok

            """
        let result = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: script)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        // A later --clock behind the recorded events is refused too.
        let back = try ProcessHarness.run(
            ["run", "--lang", "en", "-", "--db", db, "--clock", "2026-11-25 11:00"], stdin: "caption \"x\"\n")
        #expect(back.status == 1)
        #expect(back.stderr.contains("cannot run backwards"))
    }

    @Test func salesAndTimelinesAnswerOnlyWhoMayAsk() throws {
        let db = ProcessHarness.temporaryDatabase()
        let script = """
            clock 2026-11-25 12:00
            \(Self.liveSeed)
            show timeline @x
            expect ok
            signup customer 영희 password "younghee-123"
            show timeline @x
            expect refused "not yours"
            show sales "행복반점"
            expect refused "owner can do that"
            as 왕사장
            show sales "행복반점"
            expect ok

            """
        let result = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: script)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        let nobody = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: "show sales \"행복반점\"\n")
        #expect(nobody.status == 1)
        #expect(nobody.stdout.contains("refused"))
    }
}
