import Foundation
import Testing
@testable import DeliveryBench

/// The pure parts of `bench live`: reading another process's CPU time, percentiles, the report.
@Suite("bench live's parts")
struct LiveBenchTests {
    @Test func cpuTimeIsReadAfterTheCommandNameWhateverItHolds() {
        // A command name with spaces and a parenthesis, as a process may name itself.
        let line = "4242 (baedal (x) y) S 1 4242 4242 0 -1 4194560 500 0 0 0 37 12 0 0 20 0 3 0 100 0 0"
        #expect(ProcessStat(line)?.ticks == 49)
        #expect(ProcessStat("garbage") == nil)
        #expect(ProcessTicks.cpuSeconds(of: getpid()) != nil)
    }

    @Test func percentilesAreNearestRank() {
        let samples = (1...100).map(Double.init)
        #expect(LiveBenchRun.percentile(50, of: samples) == 50)
        #expect(LiveBenchRun.percentile(99, of: samples) == 99)
        #expect(LiveBenchRun.percentile(99, of: [3]) == 3)
        #expect(LiveBenchRun.percentile(50, of: []) == 0)
    }

    @Test func theJSONCarriesTheHeadlineAndTheRatio() throws {
        let woken = LiveBenchReport.Group(
            sessions: 4, samples: 800, missed: 0, p50Milliseconds: 2, p99Milliseconds: 5, maxMilliseconds: 9, idleCPUPercent: 0.01)
        let polling = LiveBenchReport.Group(
            sessions: 4, samples: 800, missed: 0, p50Milliseconds: 50, p99Milliseconds: 100, maxMilliseconds: 110, idleCPUPercent: 0.8)
        let report = LiveBenchReport(changes: 200, idleSeconds: 20, woken: woken, polling: polling)
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
        #expect(json["p50_ms"] as? Double == 2)
        #expect(json["p99_ms"] as? Double == 5)
        #expect(json["idle_cpu_percent"] as? Double == 0.01)
        #expect(json["p99_ratio_to_polling"] as? Double == 0.05)
        #expect(report.text.contains("p99 ≤ 20 ms (met)"))
    }
}
