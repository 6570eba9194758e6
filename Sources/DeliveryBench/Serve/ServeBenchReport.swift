import Foundation

/// Everything one `baedal bench serve` run measured, as printed and as `--json` writes it (with
/// snake_case keys, `sessions_held`, `echo_p99_ms`…, for scripts and the README's table).
public struct ServeBenchReport: Codable, Sendable {
    let machine: MachineDescription
    let sessionsRequested: Int
    /// Sessions whose screen showed the store list and were still open after the idle window.
    let sessionsHeld: Int
    /// Why the others were not, with how many each.
    let sessionsNotHeld: [String: Int]
    /// Wall-clock seconds from the first connection to the last session showing its store list.
    let openSeconds: Double
    /// PSS of the server alone, before any session, once it has settled after starting.
    let serverAloneMiB: Double
    /// How far the server alone's PSS moved between two readings a settling time apart, with
    /// nothing happening: a per-session figure whose total is within it is noise.
    let serverAloneDriftMiB: Double
    /// PSS of the server and every session process, with every session open.
    let serverAndSessionsMiB: Double
    /// (server and sessions − server alone) ÷ sessions held.
    let memoryPerSessionMiB: Double?
    let idleSeconds: Double
    /// CPU of the server and its sessions over the idle window, as % of one core.
    let idleCPUPercent: Double
    let idleCPUPercentPerSession: Double?
    let typingSessions: Int
    let keysPerSecond: Double
    /// Keys whose echo was timed.
    let echoSamples: Int
    /// Keys whose glyph never came back within 10 s.
    let echoUnanswered: Int
    let echoP50Ms: Double?
    let echoP99Ms: Double?
    let echoMaxMs: Double?
    /// CPU of the server and its sessions while the typing sessions typed, as % of one core.
    let typingCPUPercent: Double
    /// CPU of the benchmark's own SSH client over the same time: it shares the machine, and if
    /// it were the bottleneck the echo would measure it.
    let clientTypingCPUPercent: Double

    /// The goals on a 2-core machine: 1,000 sessions held, and an echo p99 within 50 ms
    /// while 200 sessions type.
    static let goalSessions = 1_000
    static let goalTypingSessions = 200
    static let goalEchoP99Ms = 50.0

    var sessionsGoalMet: Bool { sessionsHeld >= Self.goalSessions }
    /// Whether the sessions together moved the server's memory by more than it moves alone.
    var sessionsMemoryStandsOutOfDrift: Bool { abs(serverAndSessionsMiB - serverAloneMiB) > serverAloneDriftMiB }
    /// Nil when fewer than the goal's sessions typed: the figure answers a smaller question.
    var echoGoalMet: Bool? {
        guard typingSessions >= Self.goalTypingSessions, let echoP99Ms else { return nil }
        return echoP99Ms <= Self.goalEchoP99Ms
    }

    enum CodingKeys: String, CodingKey {
        case machine
        case sessionsRequested = "sessions_requested"
        case sessionsHeld = "sessions_held"
        case sessionsNotHeld = "sessions_not_held"
        case openSeconds = "open_seconds"
        case serverAloneMiB = "server_alone_mib"
        case serverAloneDriftMiB = "server_alone_drift_mib"
        case serverAndSessionsMiB = "server_and_sessions_mib"
        case memoryPerSessionMiB = "memory_per_session_mib"
        case idleSeconds = "idle_seconds"
        case idleCPUPercent = "idle_cpu_percent"
        case idleCPUPercentPerSession = "idle_cpu_percent_per_session"
        case typingSessions = "typing_sessions"
        case keysPerSecond = "keys_per_second"
        case echoSamples = "echo_samples"
        case echoUnanswered = "echo_unanswered"
        case echoP50Ms = "echo_p50_ms"
        case echoP99Ms = "echo_p99_ms"
        case echoMaxMs = "echo_max_ms"
        case typingCPUPercent = "typing_cpu_percent"
        case clientTypingCPUPercent = "client_typing_cpu_percent"
        case sessionsGoalMet = "goal_sessions_met"
        case echoGoalMet = "goal_echo_met"
    }

    init(
        machine: MachineDescription, sessionsRequested: Int, sessionsHeld: Int, sessionsNotHeld: [String: Int],
        openSeconds: Double, serverAloneMiB: Double, serverAloneDriftMiB: Double, serverAndSessionsMiB: Double,
        idleSeconds: Double,
        idleCPUPercent: Double, typingSessions: Int, keysPerSecond: Double, echo: LatencySummary?, echoUnanswered: Int,
        typingCPUPercent: Double, clientTypingCPUPercent: Double
    ) {
        self.machine = machine
        self.sessionsRequested = sessionsRequested
        self.sessionsHeld = sessionsHeld
        self.sessionsNotHeld = sessionsNotHeld
        self.openSeconds = openSeconds
        self.serverAloneMiB = serverAloneMiB
        self.serverAloneDriftMiB = serverAloneDriftMiB
        self.serverAndSessionsMiB = serverAndSessionsMiB
        memoryPerSessionMiB = sessionsHeld > 0 ? (serverAndSessionsMiB - serverAloneMiB) / Double(sessionsHeld) : nil
        self.idleSeconds = idleSeconds
        self.idleCPUPercent = idleCPUPercent
        idleCPUPercentPerSession = sessionsHeld > 0 ? idleCPUPercent / Double(sessionsHeld) : nil
        self.typingSessions = typingSessions
        self.keysPerSecond = keysPerSecond
        let echo = echo.flatMap { $0.count > 0 ? $0 : nil }
        echoSamples = echo?.count ?? 0
        self.echoUnanswered = echoUnanswered
        echoP50Ms = echo.map { Double($0.p50) / 1000 }
        echoP99Ms = echo.map { Double($0.p99) / 1000 }
        echoMaxMs = echo.map { Double($0.max) / 1000 }
        self.typingCPUPercent = typingCPUPercent
        self.clientTypingCPUPercent = clientTypingCPUPercent
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        machine = try c.decode(MachineDescription.self, forKey: .machine)
        sessionsRequested = try c.decode(Int.self, forKey: .sessionsRequested)
        sessionsHeld = try c.decode(Int.self, forKey: .sessionsHeld)
        sessionsNotHeld = try c.decode([String: Int].self, forKey: .sessionsNotHeld)
        openSeconds = try c.decode(Double.self, forKey: .openSeconds)
        serverAloneMiB = try c.decode(Double.self, forKey: .serverAloneMiB)
        serverAloneDriftMiB = try c.decodeIfPresent(Double.self, forKey: .serverAloneDriftMiB) ?? 0
        serverAndSessionsMiB = try c.decode(Double.self, forKey: .serverAndSessionsMiB)
        memoryPerSessionMiB = try c.decodeIfPresent(Double.self, forKey: .memoryPerSessionMiB)
        idleSeconds = try c.decode(Double.self, forKey: .idleSeconds)
        idleCPUPercent = try c.decode(Double.self, forKey: .idleCPUPercent)
        idleCPUPercentPerSession = try c.decodeIfPresent(Double.self, forKey: .idleCPUPercentPerSession)
        typingSessions = try c.decode(Int.self, forKey: .typingSessions)
        keysPerSecond = try c.decode(Double.self, forKey: .keysPerSecond)
        echoSamples = try c.decode(Int.self, forKey: .echoSamples)
        echoUnanswered = try c.decode(Int.self, forKey: .echoUnanswered)
        echoP50Ms = try c.decodeIfPresent(Double.self, forKey: .echoP50Ms)
        echoP99Ms = try c.decodeIfPresent(Double.self, forKey: .echoP99Ms)
        echoMaxMs = try c.decodeIfPresent(Double.self, forKey: .echoMaxMs)
        typingCPUPercent = try c.decode(Double.self, forKey: .typingCPUPercent)
        clientTypingCPUPercent = try c.decode(Double.self, forKey: .clientTypingCPUPercent)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(machine, forKey: .machine)
        try c.encode(sessionsRequested, forKey: .sessionsRequested)
        try c.encode(sessionsHeld, forKey: .sessionsHeld)
        try c.encode(sessionsNotHeld, forKey: .sessionsNotHeld)
        try c.encode(openSeconds, forKey: .openSeconds)
        try c.encode(serverAloneMiB, forKey: .serverAloneMiB)
        try c.encode(serverAloneDriftMiB, forKey: .serverAloneDriftMiB)
        try c.encode(serverAndSessionsMiB, forKey: .serverAndSessionsMiB)
        try c.encode(memoryPerSessionMiB, forKey: .memoryPerSessionMiB)
        try c.encode(idleSeconds, forKey: .idleSeconds)
        try c.encode(idleCPUPercent, forKey: .idleCPUPercent)
        try c.encode(idleCPUPercentPerSession, forKey: .idleCPUPercentPerSession)
        try c.encode(typingSessions, forKey: .typingSessions)
        try c.encode(keysPerSecond, forKey: .keysPerSecond)
        try c.encode(echoSamples, forKey: .echoSamples)
        try c.encode(echoUnanswered, forKey: .echoUnanswered)
        // Absent figures are written as null, so a script finds every key in every report.
        try c.encode(echoP50Ms, forKey: .echoP50Ms)
        try c.encode(echoP99Ms, forKey: .echoP99Ms)
        try c.encode(echoMaxMs, forKey: .echoMaxMs)
        try c.encode(typingCPUPercent, forKey: .typingCPUPercent)
        try c.encode(clientTypingCPUPercent, forKey: .clientTypingCPUPercent)
        try c.encode(sessionsGoalMet, forKey: .sessionsGoalMet)
        try c.encode(echoGoalMet, forKey: .echoGoalMet)
    }

    /// The report as `--json` prints it.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
