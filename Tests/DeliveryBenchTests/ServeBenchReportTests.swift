import Foundation
import Testing
@testable import DeliveryBench

/// The report `bench serve --json` writes: the keys scripts and the README read, and the
/// per-session figures derived from the totals.
@Suite("bench serve's report")
struct ServeBenchReportTests {
    static let machine = MachineDescription(
        processors: 2, cpuModel: "test", memoryGiB: 24, loadAverageAtStart: "0.1 0.1 0.1", build: "debug")

    static func report(
        held: Int = 200, echo: LatencySummary? = LatencySummary(count: 1_000, p50: 4_200, p99: 31_500, max: 60_000, mean: 5_000),
        withSessionsMiB: Double = 1_020, driftMiB: Double = 0.5
    )
        -> ServeBenchReport
    {
        ServeBenchReport(
            machine: machine, sessionsRequested: 200, sessionsHeld: held,
            sessionsNotHeld: held < 200 ? ["the server said it was busy": 200 - held] : [:],
            openSeconds: 40, serverAloneMiB: 20, serverAloneDriftMiB: driftMiB,
            serverAndSessionsMiB: withSessionsMiB, idleSeconds: 10, idleCPUPercent: 140,
            typingSessions: 200, keysPerSecond: 5, echo: echo, echoUnanswered: 0, typingCPUPercent: 150,
            clientTypingCPUPercent: 12)
    }

    static func object(_ report: ServeBenchReport) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(try report.json().utf8)) as? [String: Any])
    }

    @Test func theJSONHasTheKeysScriptsRead() throws {
        let json = try Self.object(Self.report())
        for key in [
            "sessions_requested", "sessions_held", "sessions_not_held", "open_seconds", "server_alone_mib", "server_alone_drift_mib",
            "server_and_sessions_mib", "memory_per_session_mib", "idle_seconds", "idle_cpu_percent",
            "idle_cpu_percent_per_session", "typing_sessions", "keys_per_second", "echo_samples", "echo_unanswered",
            "echo_p50_ms", "echo_p99_ms", "echo_max_ms", "typing_cpu_percent", "client_typing_cpu_percent", "goal_sessions_met",
            "goal_echo_met", "machine",
        ] {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["sessions_held"] as? Int == 200)
        #expect(json["memory_per_session_mib"] as? Double == 5)
        #expect(json["idle_cpu_percent_per_session"] as? Double == 0.7)
        #expect(json["echo_p50_ms"] as? Double == 4.2)
        #expect(json["echo_p99_ms"] as? Double == 31.5)
        #expect(json["goal_sessions_met"] as? Bool == false)
        #expect(json["goal_echo_met"] as? Bool == true)
    }

    @Test func figuresNotMeasuredAreNullNotMissing() throws {
        let json = try Self.object(Self.report(held: 0, echo: nil))
        #expect(json["echo_p99_ms"] is NSNull)
        #expect(json["memory_per_session_mib"] is NSNull)
        #expect(json["goal_echo_met"] is NSNull)
        #expect((json["sessions_not_held"] as? [String: Int])?["the server said it was busy"] == 200)
    }

    @Test func theJSONReadsBackAsTheSameReport() throws {
        let report = Self.report(held: 150)
        let decoded = try JSONDecoder().decode(ServeBenchReport.self, from: Data(try report.json().utf8))
        #expect(try decoded.json() == report.json())
    }

    @Test func theTextSaysWhatWasHeldAndWhyNot() {
        let text = Self.report(held: 150).text
        #expect(text.contains("Sessions held        150 of 200"))
        #expect(text.contains("not held: 50 × the server said it was busy"))
        #expect(text.contains("p99 31.5 ms"))
        #expect(text.contains("Goal: 1000 sessions held: not met"))
    }

    @Test func aPerSessionFigureWithinTheServersOwnDriftSaysSo() {
        let tooFew = Self.report(held: 4, withSessionsMiB: 19.4, driftMiB: 1.2).text
        #expect(tooFew.contains("-0.15 MiB per session, within the server's own drift of 1.20 MiB (too few sessions to tell)"))
        let enough = Self.report(held: 200).text
        #expect(enough.contains("5.00 MiB per session:"))
        #expect(!enough.contains("drift"))
    }

    @Test func aReportFromBeforeTheDriftWasMeasuredReadsAsNoDrift() throws {
        var json = try Self.object(Self.report())
        json["server_alone_drift_mib"] = nil
        let decoded = try JSONDecoder().decode(ServeBenchReport.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(decoded.serverAloneDriftMiB == 0)
    }
}
