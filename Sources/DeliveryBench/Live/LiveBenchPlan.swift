import Foundation

/// What `baedal bench live` measures, and how much of it.
public struct LiveBenchPlan: Sendable {
    /// Changes made by the writer, one at a time, each timed to every follower.
    public var changes: Int
    /// Follower sessions woken by the database's change watcher.
    public var sessions: Int
    /// Follower sessions polling every 100 ms, as sessions did before: the baseline, measured in
    /// the same run on the same machine.
    public var baselineSessions: Int
    /// How long every follower is left idle while its CPU time is measured.
    public var idleSeconds: Double
    /// The benchmark's own database (a new file), and the executable that runs followers.
    public var databasePath: String
    public var executable: URL
    /// Seeds the random pauses between changes, so runs are repeatable.
    public var seed: UInt64 = 42

    public init(
        changes: Int, sessions: Int, baselineSessions: Int, idleSeconds: Double, databasePath: String, executable: URL
    ) {
        self.changes = changes
        self.sessions = sessions
        self.baselineSessions = baselineSessions
        self.idleSeconds = idleSeconds
        self.databasePath = databasePath
        self.executable = executable
    }

    /// 200 changes, 4 watching sessions against 4 polling ones, 20 idle seconds.
    public static func full(databasePath: String, executable: URL) -> LiveBenchPlan {
        LiveBenchPlan(changes: 200, sessions: 4, baselineSessions: 4, idleSeconds: 20, databasePath: databasePath, executable: executable)
    }

    /// A check that everything works, in a few seconds.
    public static func quick(databasePath: String, executable: URL) -> LiveBenchPlan {
        LiveBenchPlan(changes: 30, sessions: 2, baselineSessions: 1, idleSeconds: 3, databasePath: databasePath, executable: executable)
    }
}

/// A benchmark that could not run, with what to do about it.
public struct LiveBenchError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
