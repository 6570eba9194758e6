import Foundation
import TestScratch
import Testing

/// `baedal run` as a user meets it: the fixture scripts pass, and bad input is refused clearly.
@Suite("baedal run")
struct ScriptRunTests {
    func fixture(_ name: String) -> String { ProcessHarness.packageRoot.appendingPathComponent("fixtures/\(name)").path }

    @Test func theEveryRuleScriptPasses() throws {
        let db = ProcessHarness.temporaryDatabase()
        let result = try ProcessHarness.run(["run", "--lang", "en", fixture("every-rule.baedal"), "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("expectations, 0 failed"))
        let replay = try ProcessHarness.run(["replay", "--db", db])
        #expect(replay.status == 0)
        #expect(replay.stdout.contains("every read model matches the log"))
        #expect(replay.stdout.contains(" events/s)"))

        // The same rebuild as one JSON object, for scripts and benchmarks.
        let json = try ProcessHarness.run(["replay", "--db", db, "--json"])
        #expect(json.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let events = try #require(report?["events"] as? Int)
        #expect(events > 0)
        #expect(try #require(report?["events_per_second"] as? Double) > 0)
        #expect(report?["all_match"] as? Bool == true)
        #expect((report?["tables"] as? [[String: Any]])?.count == 10)
    }

    @Test func theSampleStoresLoad() throws {
        let db = ProcessHarness.temporaryDatabase()
        let result = try ProcessHarness.run(["run", "--lang", "en", fixture("sample-stores.baedal"), "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aMalformedLineStopsTheRunWithItsLocationAndWritesNothing() throws {
        let db = ProcessHarness.temporaryDatabase()
        let script = "signup owner 박사장 password \"owner-12345\"\ncart add \"홍콩반점\" \"짜장면\" lots\n"
        let result = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: script)
        #expect(result.status == 2)
        #expect(result.stderr.contains("<stdin>:2:23: expected a quantity like 2 or x2, found 'lots'"))
        #expect(!FileManager.default.fileExists(atPath: db), "nothing is written, not even the database")
    }

    @Test func aFailedExpectationExitsNonZero() throws {
        let db = ProcessHarness.temporaryDatabase()
        let result = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: "expect count stores 3\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("✗ expected 3 stores, found 0"))
    }

    @Test func aRunSpeaksKoreanUnlessAskedForEnglish() throws {
        let script = "signup customer 민지 password \"short\"\nexpect refused \"8자 이상\"\n"
        let korean = try ProcessHarness.run(["run", "-", "--db", ProcessHarness.temporaryDatabase()], stdin: script)
        #expect(korean.status == 0, "\(korean.stderr)")
        #expect(korean.stdout.contains("거절: 비밀번호는 8자 이상이어야 해요."))
        #expect(korean.stdout.contains("✓ 예상대로 거절됐어요"))
        #expect(korean.stdout.contains("명령 2개, 기대 1개, 실패 0개"))
        // The same script in English: its Korean fragment no longer matches.
        let english = try ProcessHarness.run(["run", "-", "--lang", "en", "--db", ProcessHarness.temporaryDatabase()], stdin: script)
        #expect(english.status == 1)
        #expect(english.stdout.contains("refused: A password needs at least 8 characters."))
        #expect(english.stderr.contains("failed: line 2: ✗ expected a refusal mentioning \"8자 이상\""))
    }

    @Test func anUnknownLanguageIsRefusedNamingTheValidOnes() throws {
        let result = try ProcessHarness.run(
            ["run", "-", "--lang", "fr", "--db", ProcessHarness.temporaryDatabase()], stdin: "caption hi\n")
        #expect(result.status == 64)
        #expect(result.stderr.contains("\"fr\"") && result.stderr.contains("ko (한국어), en (English)"), "\(result.stderr)")
    }

    @Test func anUnexpectedRefusalExitsNonZero() throws {
        let db = ProcessHarness.temporaryDatabase()
        let result = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: "signup customer 민지 password \"short\"\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 1 was refused, and no `expect refused` follows it"))
    }

    @Test func nonUTF8InputIsRefusedWithItsLine() throws {
        let path = TestScratch.path("bad", suffix: ".baedal")
        FileManager.default.createFile(
            atPath: path, contents: Data("clock 2026-11-25 12:00\nsignup \u{0}".utf8) + Data([0xFF, 0xFE, 0x0A]))
        let result = try ProcessHarness.run(["run", "--lang", "en", path, "--db", ProcessHarness.temporaryDatabase()])
        #expect(result.status == 2)
        #expect(result.stderr.contains(":2:1: this line is not valid UTF-8"))
    }

    @Test func aForeignOrCorruptDatabaseIsRefused() throws {
        let corrupt = TestScratch.path("corrupt", suffix: ".sqlite")
        let junk = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        FileManager.default.createFile(atPath: corrupt, contents: junk)
        let result = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", corrupt], stdin: "expect count stores 0\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("not a baedal database"))
        #expect(FileManager.default.contents(atPath: corrupt) == junk, "the file is left untouched")
    }

    @Test func everySubcommandExplainsItself() throws {
        for command in [["--help"], ["run", "--help"], ["replay", "--help"], ["timeline", "--help"]] {
            let result = try ProcessHarness.run(command)
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE") || result.stdout.contains("OVERVIEW"))
        }
    }
}
