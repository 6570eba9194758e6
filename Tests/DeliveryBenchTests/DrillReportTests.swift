import Foundation
import Resilience
import Testing
@testable import DeliveryBench

/// A drill's report speaks the same types as the rest of baedal: the breaker's transitions, the
/// benchmark's latency summary and machine description.
@Suite("The drill report")
struct DrillReportTests {
    static func report() -> DrillReport {
        var report = DrillReport(drill: "payment-outage", customers: 2, arrivalSeconds: 1, machine: MachineDescription.current())
        report.attempted = 2
        report.accepted = 2
        report.paid = 2
        var latency = LatencyRecorder()
        latency.record(.milliseconds(3))
        latency.record(.milliseconds(5))
        report.placementLatency = latency.summary
        report.breakerTransitions = [
            CircuitBreaker.Transition(from: .closed, to: .open, at: Duration.seconds(2), reason: .failureRate(1))
                .placed { Double($0.components.seconds) - 0.5 }
        ]
        return report
    }

    @Test func theTextShowsTransitionsAndLatencyInMilliseconds() {
        let text = Self.report().text()
        #expect(text.contains("  1.50 s  closed → open  (failure rate 100%)"))
        #expect(text.contains("placement     p50 3.0 ms"))
        #expect(text.contains("PASS"))
    }

    @Test func theJSONUsesTheSharedShapes() throws {
        let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(Self.report())) as? [String: Any]
        let transitions = try #require(json?["breakerTransitions"] as? [[String: Any]])
        #expect(transitions.first?["at"] as? Double == 1.5)
        #expect(transitions.first?["reason"] as? String == "failure rate 100%")
        let latency = try #require(json?["placementLatency"] as? [String: Any])
        #expect(latency["count"] as? Int == 2)
        let machine = try #require(json?["machine"] as? [String: Any])
        #expect(machine["processors"] as? Int == ProcessInfo.processInfo.activeProcessorCount)
    }
}
