import Foundation
import Testing

/// `baedal bench live --quick --json` runs end to end: followers start, every change reaches
/// every follower, and the JSON carries the headline figures scripts read.
@Suite("bench live")
struct BenchLiveTests {
    @Test func aQuickRunReportsLatencyAndIdleCPUForBothKindsOfFollower() throws {
        let result = try ProcessHarness.run(["bench", "live", "--quick", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["p50_ms", "p99_ms", "idle_cpu_percent", "changes"] {
            #expect(json[key] != nil, "missing \(key) in \(result.stdout)")
        }
        let woken = try #require(json["woken"] as? [String: Any])
        let polling = try #require(json["polling"] as? [String: Any])
        // Every change reached every follower, and each was timed.
        #expect(woken["missed"] as? Int == 0)
        #expect(polling["missed"] as? Int == 0)
        #expect(woken["samples"] as? Int == 30 * 2)
        #expect(polling["samples"] as? Int == 30)
        #expect((json["p99_ms"] as? Double ?? 0) > 0)
    }

    @Test func aDatabaseThatHoldsEventsIsRefusedAndLeftAlone() throws {
        let path = ProcessHarness.temporaryDatabase()
        let seeded = try ProcessHarness.run(
            ["run", "--lang", "en", "-", "--db", path], stdin: "signup customer 김민수 password \"minsu-1234\"\n")
        #expect(seeded.status == 0, "\(seeded.stderr)")

        let result = try ProcessHarness.run(["bench", "live", "--quick", "--db", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("already holds events"))
        // Nothing was written to the log: still the one sign-up.
        let count = Process()
        let output = Pipe()
        count.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        count.arguments = [path, "SELECT COUNT(*) FROM events"]
        count.standardOutput = output
        try count.run()
        count.waitUntilExit()
        let events = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(events.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }
}
