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
        struct Transition: Decodable { var from: String; var to: String }
    }

    func run(_ arguments: [String]) throws -> Report {
        let result = try ProcessHarness.run(["drill"] + arguments + ["--json", "--quiet"])
        #expect(result.status == 0, "stderr: \(result.stderr)\nstdout: \(result.stdout)")
        return try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
    }

    @Test func aShortOutageLosesNothingAndChargesNothingTwice() throws {
        let report = try run(["payment-outage", "--customers", "30", "--arrival-seconds", "3",
                              "--down-at", "0.5", "--up-at", "2.5", "--drain-timeout", "40"])
        #expect(report.attempted == 30)
        #expect(report.accepted == 30)
        #expect(report.availability == 1)
        #expect(report.lost == 0)
        #expect(report.doubleCharges == 0)
        #expect(report.stillPending == 0)
        #expect(report.paid == 30)
        #expect(report.capturesMatchLog)
        #expect(report.queued > 0)  // some payments waited out the outage
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
