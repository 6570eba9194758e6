import EventStore
import Foundation

/// How much work each part of `baedal bench` does. One value, built from the command line,
/// so every part reads its sizes from the same place and the report can print them.
public struct BenchPlan: Sendable {
    /// Temporary SQLite files (the default) or fresh schemas on a PostgreSQL server.
    public var database: BenchDatabase = .sqlite
    /// Durability for the raw baseline and the engine alike on SQLite: comparing a FULL engine to
    /// a NORMAL baseline (or the reverse) would measure fsync, not the engine. (On PostgreSQL the
    /// server's settings apply to both.)
    public var synchronous: SQLiteEventStore.Synchronous
    /// Raw inserts per round; a round runs before each client count (and once after, on SQLite).
    public var rawInserts: Int
    public var clientCounts: [Int]
    /// Times each client count is measured, one after another, each run between raw rounds of
    /// its own on PostgreSQL. The targets are checked on the median run: on a shared machine one
    /// run's ratio says as much about the hour as about the engine.
    public var repeats = 1
    /// Unmeasured orders at each concurrency before its measurement, so the first commits
    /// (WAL growth, cold statement caches, task start-up) do not count.
    public var warmupSecondsPerLevel: Double
    public var measuredSecondsPerLevel: Double
    public var logSizes: [Int]
    public var reopenSamples: Int
    public var commandSamples: Int
    public var workDirectory: URL

    public static func full(workDirectory: URL, synchronous: SQLiteEventStore.Synchronous) -> BenchPlan {
        BenchPlan(
            synchronous: synchronous, rawInserts: 1_000, clientCounts: [1, 8, 64],
            warmupSecondsPerLevel: 2, measuredSecondsPerLevel: 10, logSizes: [10_000, 1_000_000],
            reopenSamples: 7, commandSamples: 200, workDirectory: workDirectory)
    }

    /// Small enough to finish well under a minute in a debug build.
    public static func quick(workDirectory: URL, synchronous: SQLiteEventStore.Synchronous) -> BenchPlan {
        BenchPlan(
            synchronous: synchronous, rawInserts: 100, clientCounts: [1, 8, 64],
            warmupSecondsPerLevel: 0.5, measuredSecondsPerLevel: 1.5, logSizes: [500, 2_000],
            reopenSamples: 3, commandSamples: 30, workDirectory: workDirectory)
    }
}
