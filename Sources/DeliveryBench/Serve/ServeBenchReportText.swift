import Foundation

extension ServeBenchReport {
    /// The report as people read it.
    public var text: String {
        var lines: [String] = []
        lines.append(
            "baedal bench serve: \(machine.processors) cores (\(machine.cpuModel)), \(Self.number(machine.memoryGiB, 1)) GiB, "
                + "\(machine.build) build, load \(machine.loadAverageAtStart) at start")
        lines.append("")
        lines.append(
            "Sessions held        \(sessionsHeld) of \(sessionsRequested), each showing the store list "
                + "(opened in \(Self.number(openSeconds, 1)) s)")
        for (reason, count) in sessionsNotHeld.sorted(by: { $0.value > $1.value }) {
            lines.append("  not held: \(count) × \(reason)")
        }
        let perSession =
            memoryPerSessionMiB.map { perSession in
                sessionsMemoryStandsOutOfDrift
                    ? "\(Self.number(perSession, 2)) MiB per session"
                    : "\(Self.number(perSession, 2)) MiB per session, within the server's own drift of "
                        + "\(Self.number(serverAloneDriftMiB, 2)) MiB (too few sessions to tell)"
            } ?? "no session to divide by"
        lines.append(
            "Server memory (PSS)  \(perSession): \(Self.number(serverAndSessionsMiB, 1)) MiB for the server and its sessions, "
                + "\(Self.number(serverAloneMiB, 1)) MiB for the server alone before")
        let idlePer = idleCPUPercentPerSession.map { ", \(Self.number($0, 3)) % per session" } ?? ""
        lines.append(
            "Idle CPU             \(Self.number(idleCPUPercent, 1)) % of one core\(idlePer), over \(Self.number(idleSeconds, 0)) s "
                + "with every session open and nobody typing")
        if let echoP50Ms, let echoP99Ms, let echoMaxMs {
            lines.append(
                "Echo                 p50 \(Self.number(echoP50Ms, 1)) ms, p99 \(Self.number(echoP99Ms, 1)) ms, "
                    + "max \(Self.number(echoMaxMs, 1)) ms: \(echoSamples) keys from \(typingSessions) sessions typing at once, "
                    + "\(Self.number(keysPerSecond, 0)) keys/s each")
        } else {
            lines.append("Echo                 not measured: no key came back (\(typingSessions) sessions were to type)")
        }
        if echoUnanswered > 0 { lines.append("  \(echoUnanswered) keys never came back within 10 s") }
        lines.append(
            "CPU while typing     \(Self.number(typingCPUPercent, 1)) % of one core for the server and sessions, "
                + "\(Self.number(clientTypingCPUPercent, 1)) % for this benchmark's client")
        lines.append("")
        let sessionsVerdict = sessionsGoalMet ? "met" : "not met"
        lines.append("Goal: \(Self.goalSessions) sessions held: \(sessionsVerdict) (\(sessionsHeld) held)")
        let echoVerdict =
            echoGoalMet.map { $0 ? "met" : "not met" }
            ?? "not measured at that size (\(typingSessions) typed)"
        lines.append("Goal: echo p99 ≤ \(Self.number(Self.goalEchoP99Ms, 0)) ms with \(Self.goalTypingSessions) typing: \(echoVerdict)")
        return lines.joined(separator: "\n")
    }

    static func number(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
