import EventStore
import Foundation

/// Section 1: the floor. One client inserts one plain row per transaction, with the log's
/// pool settings and durability, so each insert costs one commit and nothing else.
///
/// On a machine shared with other work the floor moves from minute to minute, so it is
/// measured in rounds between the engine's runs (`round()` before each client count and
/// once after), and the engine is compared with the median round. The spread is reported.
final class RawBaselineRun {
    let plan: BenchPlan
    private let path: String
    private let baseline: RawInsertBaseline
    private var latency = LatencyRecorder()
    private var rounds: [Round] = []
    // About the size of an encoded OrderPlaced event, so the raw row writes as many bytes
    // per commit as the engine's first append does.
    private let payload = Data(repeating: 0x7B, count: 420)

    struct Round: Codable, Sendable {
        let inserts: Int
        let seconds: Double
        let insertsPerSecond: Double
        let cpuMillisecondsPerInsert: Double
    }

    struct Result: Codable, Sendable {
        let rounds: [Round]
        /// What the engine's rates are divided by.
        let insertsPerSecond: Double
        let latency: LatencySummary
    }

    init(plan: BenchPlan) async throws {
        self.plan = plan
        path = plan.workDirectory.appendingPathComponent("raw-baseline.sqlite").path
        BenchFiles.removeDatabase(at: path)
        baseline = try RawInsertBaseline(path: path, options: SQLiteEventStore.Options(synchronous: plan.synchronous))
        // As long as each engine level warms up: long enough for the WAL to fill and restart,
        // so both sides are measured on a WAL that is rewritten in place rather than growing.
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: .milliseconds(Int64(plan.warmupSecondsPerLevel * 1000)))
        while clock.now < end { try await baseline.insertOne(payload: payload) }
    }

    func round() async throws {
        BenchFiles.flushEarlierWrites()
        let count = plan.rawInserts
        let cpuBefore = ProcessCPUTime.now()
        let (_, elapsed) = try await timed {
            for _ in 0..<count {
                let (_, one) = try await timed { try await baseline.insertOne(payload: payload) }
                latency.record(one)
            }
        }
        let cpu = ProcessCPUTime.now() - cpuBefore
        rounds.append(
            Round(
                inserts: count, seconds: elapsed.seconds, insertsPerSecond: Double(count) / elapsed.seconds,
                cpuMillisecondsPerInsert: cpu * 1000 / Double(count)))
    }

    func finish() throws -> Result {
        try baseline.pool.close()
        BenchFiles.removeDatabase(at: path)
        return Result(
            rounds: rounds, insertsPerSecond: median(rounds.map(\.insertsPerSecond)),
            latency: latency.summary)
    }
}
