import EventStore
import Foundation

/// How much work each part of `baedal bench` does. One value, built from the command line,
/// so every part reads its sizes from the same place and the report can print them.
struct BenchPlan: Sendable {
    /// Durability for the raw baseline and the engine alike: comparing a FULL engine to a
    /// NORMAL baseline (or the reverse) would measure fsync, not the engine.
    var synchronous: SQLiteEventStore.Synchronous
    /// Raw inserts per round; a round runs before each client count and once after.
    var rawInserts: Int
    var clientCounts: [Int]
    /// Unmeasured orders at each concurrency before its measurement, so the first commits
    /// (WAL growth, cold statement caches, task start-up) do not count.
    var warmupSecondsPerLevel: Double
    var measuredSecondsPerLevel: Double
    var logSizes: [Int]
    var reopenSamples: Int
    var commandSamples: Int
    var workDirectory: URL

    static func full(workDirectory: URL, synchronous: SQLiteEventStore.Synchronous) -> BenchPlan {
        BenchPlan(synchronous: synchronous, rawInserts: 1_000, clientCounts: [1, 8, 64],
                  warmupSecondsPerLevel: 2, measuredSecondsPerLevel: 10, logSizes: [10_000, 1_000_000],
                  reopenSamples: 7, commandSamples: 200, workDirectory: workDirectory)
    }

    /// Small enough to finish well under a minute in a debug build.
    static func quick(workDirectory: URL, synchronous: SQLiteEventStore.Synchronous) -> BenchPlan {
        BenchPlan(synchronous: synchronous, rawInserts: 100, clientCounts: [1, 8, 64],
                  warmupSecondsPerLevel: 0.5, measuredSecondsPerLevel: 1.5, logSizes: [500, 2_000],
                  reopenSamples: 3, commandSamples: 30, workDirectory: workDirectory)
    }
}
