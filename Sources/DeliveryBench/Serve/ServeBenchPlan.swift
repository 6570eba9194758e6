import Foundation

/// What one `baedal bench serve` run does. Each default is argued where it is declared.
public struct ServeBenchPlan: Sendable {
    /// The `baedal` executable to run `baedal serve` from (the benchmark's own).
    public var executable: String
    /// Sessions opened and held at once: the goal is 1,000.
    public var sessions = 1_000
    /// Sessions typing at once while the echo is timed: the goal is 200.
    public var typingSessions = 200
    /// The idle window over which CPU is measured, every session open and nobody typing: long
    /// enough to cover a hundred of the sessions' 100 ms polls.
    public var idleSeconds: Double = 10
    /// How long the typing sessions type.
    public var typingSeconds: Double = 10
    /// Keys per second each typing session sends: a brisk typist's pace, steady.
    public var keysPerSecond: Double = 5
    /// Connections being opened at once. A session's start (a process, its database, its first
    /// screen) is the costly part; more at once than cores only makes each slower.
    public var openingAtOnce = 8
    /// How long opening may take in all; sessions not yet tried by then are not. A machine
    /// that has slowed that much will hold no more, and the run should still end.
    public var openingSeconds: Double = 300
    /// How long one session may take to show the store list before it counts as not held.
    public var sessionStartSeconds: Double = 60
    /// Settling time between the last session opening and the memory and CPU readings, so the
    /// last sessions' start-up is not measured as idling.
    public var settleSeconds: Double = 3
    /// Serve each session from a process of its own (`serve --process-per-session`): the first
    /// design, measured as the baseline.
    public var processPerSession = false

    public init(executable: String) { self.executable = executable }

    /// Small sizes, for a check that everything works: a few sessions, a few seconds.
    public static func quick(executable: String) -> ServeBenchPlan {
        var plan = ServeBenchPlan(executable: executable)
        plan.sessions = 4
        plan.typingSessions = 2
        plan.idleSeconds = 2
        plan.typingSeconds = 2
        plan.settleSeconds = 1
        return plan
    }

    var keystrokes: Int { max(1, Int((typingSeconds * keysPerSecond).rounded())) }
    var keyInterval: Duration { .milliseconds(Int64((1000 / keysPerSecond).rounded())) }
}

/// Why a `bench serve` run could not measure anything.
public enum ServeBenchError: Error, CustomStringConvertible {
    case serverDidNotStart(String)
    case noSessionOpened(String)

    public var description: String {
        switch self {
        case .serverDidNotStart(let why):
            return "baedal serve did not start: \(why)"
        case .noSessionOpened(let why):
            return "No session could be opened, so nothing was measured: \(why)"
        }
    }
}
