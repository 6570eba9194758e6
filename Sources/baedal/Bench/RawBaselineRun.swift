import EventStore
import Foundation

/// Section 1: the floor. One client inserts one plain row per transaction, with the log's
/// pool settings and durability, so each insert costs one commit and nothing else.
struct RawBaselineRun {
    let plan: BenchPlan

    struct Result: Codable, Sendable {
        let inserts: Int
        let seconds: Double
        let insertsPerSecond: Double
        let latency: LatencySummary
    }

    func run() async throws -> Result {
        let path = plan.workDirectory.appendingPathComponent("raw-baseline.sqlite").path
        defer { WorkDirectory.removeDatabase(at: path) }
        let baseline = try RawInsertBaseline(path: path, options: SQLiteEventStore.Options(synchronous: plan.synchronous))
        // About the size of an encoded OrderPlaced event, so the raw row writes as many bytes
        // per commit as the engine's first append does.
        let payload = Data(repeating: 0x7B, count: 420)

        for _ in 0..<plan.rawWarmupInserts { try await baseline.insertOne(payload: payload) }

        var latency = LatencyRecorder()
        let (_, elapsed) = try await measure {
            for _ in 0..<plan.rawInserts {
                let (_, one) = try await measure { try await baseline.insertOne(payload: payload) }
                latency.record(one)
            }
        }
        try baseline.pool.close()
        return Result(inserts: plan.rawInserts, seconds: elapsed.seconds,
                      insertsPerSecond: Double(plan.rawInserts) / elapsed.seconds, latency: latency.summary)
    }
}
