import Foundation
import Testing

/// Small versions of the drills, run as a user would: the built executable, `--json`, and the
/// report's promises checked (nothing lost, nothing charged twice).
@Suite("Drills end to end", .serialized)
struct DrillTests {
    struct Report: Decodable {
        var attempted: Int
        var accepted: Int
        var lost: Int
        var doubleCharges: Int
        var paid: Int
        var stillPending: Int
        var queued: Int
        var capturesMatchLog: Bool
        var availability: Double
        var breakerTransitions: [Transition]
        var placementLatency: Latency
        var machine: Machine
        /// The breaker's transitions are the one transition type: seconds into the run, and why.
        struct Transition: Decodable { var from: String; var to: String; var at: Double; var reason: String }
        /// The benchmark's latency summary, in microseconds.
        struct Latency: Decodable { var count: Int; var p50: Int; var p99: Int; var max: Int }
        /// The benchmark's machine description.
        struct Machine: Decodable { var processors: Int; var build: String; var loadAverageAtStart: String }
    }

    func run(_ arguments: [String]) throws -> Report {
        let result = try ProcessHarness.run(["drill"] + arguments + ["--json", "--quiet"])
        #expect(result.status == 0, "stderr: \(result.stderr)\nstdout: \(result.stdout)")
        return try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
    }

    @Test func aShortOutageLosesNothingAndChargesNothingTwice() throws {
        let report = try run([
            "payment-outage", "--customers", "30", "--arrival-seconds", "3",
            "--down-at", "0.5", "--up-at", "2.5", "--drain-timeout", "40",
        ])
        #expect(report.attempted == 30)
        #expect(report.accepted == 30)
        #expect(report.availability == 1)
        #expect(report.lost == 0)
        #expect(report.doubleCharges == 0)
        #expect(report.stillPending == 0)
        #expect(report.paid == 30)
        #expect(report.capturesMatchLog)
        #expect(report.queued > 0)  // some payments waited out the outage
        #expect(report.breakerTransitions.first?.from == "closed" && report.breakerTransitions.first?.to == "open")
        #expect(report.breakerTransitions.first?.reason.hasPrefix("failure rate") == true)
        #expect(report.breakerTransitions.map(\.at) == report.breakerTransitions.map(\.at).sorted())
        #expect(report.breakerTransitions.allSatisfy { $0.at >= 0.5 }, "the breaker opened after the gateway went down")
        #expect(report.placementLatency.count == 30)
        #expect(report.placementLatency.p50 <= report.placementLatency.p99 && report.placementLatency.p99 <= report.placementLatency.max)
        #expect(report.machine.processors > 0 && ["debug", "release"].contains(report.machine.build))
    }

    @Test func aSmallEventDayAccountsForEveryOrder() throws {
        let report = try run(["event-day", "--customers", "100", "--arrival-seconds", "0.5", "--drain-timeout", "40"])
        #expect(report.attempted == 100)
        #expect(report.accepted == 100)
        #expect(report.lost == 0)
        #expect(report.doubleCharges == 0)
        #expect(report.paid == 100)
        #expect(report.capturesMatchLog)
    }
}
