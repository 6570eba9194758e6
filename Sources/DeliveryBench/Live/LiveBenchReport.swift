import Foundation

/// What `baedal bench live` found: how long a change took to reach another process's session
/// model, and what an idle session costs, for sessions woken by changes against polling ones.
public struct LiveBenchReport: Codable, Sendable {
    /// One kind of follower: its latencies (milliseconds) and idle CPU.
    public struct Group: Codable, Sendable {
        public var sessions: Int
        public var samples: Int
        /// Changes a follower had not taken in within the deadline (2 s): counted, not timed.
        public var missed: Int
        public var p50Milliseconds: Double
        public var p99Milliseconds: Double
        public var maxMilliseconds: Double
        /// Percent of one core per idle session.
        public var idleCPUPercent: Double

        enum CodingKeys: String, CodingKey {
            case sessions, samples, missed
            case p50Milliseconds = "p50_ms"
            case p99Milliseconds = "p99_ms"
            case maxMilliseconds = "max_ms"
            case idleCPUPercent = "idle_cpu_percent"
        }
    }

    public var changes: Int
    public var idleSeconds: Double
    /// Sessions woken by the change watcher: what baedal does.
    public var woken: Group
    /// Sessions polling every 100 ms: the baseline.
    public var polling: Group?

    enum CodingKeys: String, CodingKey {
        case changes
        case idleSeconds = "idle_seconds"
        case woken, polling
        case p50Milliseconds = "p50_ms"
        case p99Milliseconds = "p99_ms"
        case idleCPUPercent = "idle_cpu_percent"
        case p99RatioToPolling = "p99_ratio_to_polling"
    }

    public init(changes: Int, idleSeconds: Double, woken: Group, polling: Group?) {
        self.changes = changes
        self.idleSeconds = idleSeconds
        self.woken = woken
        self.polling = polling
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        changes = try container.decode(Int.self, forKey: .changes)
        idleSeconds = try container.decode(Double.self, forKey: .idleSeconds)
        woken = try container.decode(Group.self, forKey: .woken)
        polling = try container.decodeIfPresent(Group.self, forKey: .polling)
    }

    /// The woken sessions' figures also at the top level (`p50_ms`, `p99_ms`,
    /// `idle_cpu_percent`), for scripts that want only the headline.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(changes, forKey: .changes)
        try container.encode(idleSeconds, forKey: .idleSeconds)
        try container.encode(woken, forKey: .woken)
        try container.encodeIfPresent(polling, forKey: .polling)
        try container.encode(woken.p50Milliseconds, forKey: .p50Milliseconds)
        try container.encode(woken.p99Milliseconds, forKey: .p99Milliseconds)
        try container.encode(woken.idleCPUPercent, forKey: .idleCPUPercent)
        if let polling, polling.p99Milliseconds > 0 {
            try container.encode(woken.p99Milliseconds / polling.p99Milliseconds, forKey: .p99RatioToPolling)
        }
    }

    public var text: String {
        var lines = [
            "Live updates: \(changes) changes, each from its append in one process to the session model of every follower process.",
            "",
            "  followers          sessions  p50 ms  p99 ms  max ms  missed  idle CPU/session",
            row("woken (inotify)", woken),
        ]
        if let polling {
            lines.append(row("polling (100 ms)", polling))
            lines.append("")
            lines.append(
                String(
                    format: "  woken vs polling: p50 ×%.2f, p99 ×%.2f, idle CPU ×%.2f",
                    ratio(woken.p50Milliseconds, polling.p50Milliseconds),
                    ratio(woken.p99Milliseconds, polling.p99Milliseconds), ratio(woken.idleCPUPercent, polling.idleCPUPercent)))
        }
        lines.append(
            String(
                format: "  goals: p99 ≤ 20 ms (%@), idle session < 0.5%% of a core (%@)", verdict(woken.p99Milliseconds <= 20),
                verdict(woken.idleCPUPercent < 0.5)))
        return lines.joined(separator: "\n")
    }

    private func row(_ name: String, _ group: Group) -> String {
        String(
            format: "  %@ %8d  %6.1f  %6.1f  %6.1f  %6d  %7.3f%% of a core", name.padding(toLength: 17, withPad: " ", startingAt: 0),
            group.sessions, group.p50Milliseconds, group.p99Milliseconds, group.maxMilliseconds, group.missed, group.idleCPUPercent)
    }

    private func ratio(_ value: Double, _ baseline: Double) -> Double { baseline > 0 ? value / baseline : 0 }
    private func verdict(_ met: Bool) -> String { met ? "met" : "NOT met" }
}
