import Foundation
import TestScratch
import Testing

@Suite("baedal demo")
struct DemoTests {
    static let golden = ProcessHarness.packageRoot.appendingPathComponent("fixtures/tour.golden.txt")

    /// The headless transcript of the bundled tour is compared with the golden file; set
    /// RECORD_GOLDEN=1 to rewrite it after an intended change (and read the diff).
    @Test func theHeadlessTourMatchesTheGoldenTranscript() throws {
        let result = try ProcessHarness.run(["demo", "--headless"])
        #expect(result.status == 0, "\(result.stderr)")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(result.stdout.utf8).write(to: Self.golden)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        let actualLines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, pair) in zip(actualLines, expectedLines).enumerated() where pair.0 != pair.1 {
            Issue.record("line \(index + 1) differs:\n  got      \(pair.0)\n  expected \(pair.1)")
            break
        }
        #expect(actualLines.count == expectedLines.count)
    }

    @Test func aFailingExpectationInADemoScriptExitsNonZero() throws {
        let path = TestScratch.path("demo", suffix: ".baedal")
        try "caption \"nothing here\"\nexpect count stores 1\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try ProcessHarness.run(["demo", path, "--headless"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("✗ stores 1개를 예상했지만 0개예요"))
    }

    @Test func replayAndTimelineWorkOnTheToursDatabase() throws {
        let db = ProcessHarness.temporaryDatabase()
        let tour = ProcessHarness.packageRoot.appendingPathComponent("fixtures/tour.baedal").path
        let run = try ProcessHarness.run(["run", tour, "--db", db, "--seed", "42"])
        #expect(run.status == 0, "\(run.stderr)")
        let replay = try ProcessHarness.run(["replay", "--db", db])
        #expect(replay.status == 0)
        #expect(replay.stdout.contains("every read model matches the log"))
        let id = try #require(run.stdout.firstMatch(of: /@dinner \(([0-9A-Z]+)\) 주문/)?.1)
        let timeline = try ProcessHarness.run(["timeline", String(id), "--db", db])
        #expect(timeline.status == 0)
        let types = timeline.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true)[4] }
        #expect(
            types == [
                "OrderPlaced", "PaymentRequested", "PaymentApproved", "OrderConfirmed", "RiderAssigned",
                "DeliveryStarted", "OrderPickedUp", "OrderDelivered", "ReviewWritten", "ReviewReplied",
            ])
        #expect(timeline.stdout.contains("by 라이더1"))
        let unknown = try ProcessHarness.run(["timeline", "NOSUCHID", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("주문 NOSUCHID이(가) 없어요."))
    }
}
