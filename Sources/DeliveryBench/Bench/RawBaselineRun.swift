import EventStore
import Foundation

/// Section 1: the floor. Plain rows, one per transaction, on the engine's kind of database, so
/// each insert costs one commit and nothing else.
///
/// - SQLite: one client (SQLite has one writer), with the log's pool settings and durability.
///   On a machine shared with other work the floor moves from minute to minute, so it is
///   measured in rounds between the engine's runs (`round(clients: 1)` before each client count
///   and once after), and the engine is compared with the median round. The spread is reported.
/// - PostgreSQL: the server commits concurrent clients' transactions together, so the floor
///   depends on the client count: a round with the level's number of clients runs just before
///   the engine's level and another just after it, and the level is compared with their mean.
final class RawBaselineRun {
    let plan: BenchPlan
    private let baseline: any RawInsertBaseline
    private var latency = LatencyRecorder()
    private var rounds: [Round] = []
    /// Client counts already warmed up: one client warms up in `init`.
    private var warmedClientCounts: Set<Int> = [1]
    // About the size of an encoded OrderPlaced event, so the raw row writes as many bytes
    // per commit as the engine's first append does.
    private let payload = Data(repeating: 0x7B, count: 420)

    struct Round: Codable, Sendable {
        /// Concurrent clients inserting (1 on SQLite).
        let clients: Int
        let inserts: Int
        let seconds: Double
        let insertsPerSecond: Double
        let cpuMillisecondsPerInsert: Double
    }

    struct Result: Codable, Sendable {
        let rounds: [Round]
        /// What the engine's rates are divided by on SQLite: the median round.
        let insertsPerSecond: Double
        let latency: LatencySummary

        /// True on PostgreSQL: each level is compared with the rounds at its own client count.
        let matchesClientCounts: Bool

        /// The raw rate for a level that carries none of its own (on PostgreSQL each level keeps
        /// the mean of the rounds around it, `Level.rawInsertsPerSecond`): the median round at
        /// that client count, or on SQLite the median round.
        func insertsPerSecond(forClients clients: Int) -> Double {
            guard matchesClientCounts else { return insertsPerSecond }
            let same = rounds.filter { $0.clients == clients }.map(\.insertsPerSecond)
            return same.isEmpty ? insertsPerSecond : median(same)
        }
    }

    init(plan: BenchPlan, scratch: PostgresScratch?) async throws {
        self.plan = plan
        switch plan.database {
        case .sqlite:
            let path = plan.workDirectory.appendingPathComponent("raw-baseline.sqlite").path
            PrivateFiles.removeDatabase(at: path)
            baseline = try SQLiteRawInsertBaseline(path: path, options: SQLiteEventStore.Options(synchronous: plan.synchronous))
        case .postgres:
            guard let scratch else { throw BenchFailure("no scratch schemas for the PostgreSQL baseline") }
            baseline = try await PostgresRawInsertBaseline(
                url: scratch.url("raw"), maximumConnections: max(1, plan.clientCounts.max() ?? 1))
        }
        // As long as each engine level warms up: long enough for the WAL to fill and restart,
        // so both sides are measured on a WAL that is rewritten in place rather than growing.
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: .milliseconds(Int64(plan.warmupSecondsPerLevel * 1000)))
        while clock.now < end { try await baseline.insertOne(payload: payload) }
    }

    /// `plan.rawInserts` inserts shared among `clients` concurrent clients, each inserting one
    /// row at a time. The first round at a client count is preceded by an unmeasured warm-up at
    /// that count, as each engine level is: on PostgreSQL it opens the pool's connections (a
    /// server process each), which no measured insert should pay for.
    func round(clients: Int = 1) async throws {
        let count = plan.rawInserts
        let clients = max(1, min(clients, count))
        if !warmedClientCounts.contains(clients) {
            warmedClientCounts.insert(clients)
            let clock = ContinuousClock()
            let end = clock.now.advanced(by: .milliseconds(Int64(max(plan.warmupSecondsPerLevel, 0.1) * 1000)))
            _ = try await insertConcurrently(clients: clients) { _, _ in clock.now < end }
        }
        BenchFiles.flushEarlierWrites()
        let cpuBefore = ProcessCPUTime.now()
        // Client c inserts rows c, c + clients, …: the count is split evenly.
        let (recorders, elapsed) = try await timed {
            try await insertConcurrently(clients: clients) { client, done in done < (count - client + clients - 1) / clients }
        }
        for recorder in recorders { latency.add(recorder) }
        let cpu = ProcessCPUTime.now() - cpuBefore
        rounds.append(
            Round(
                clients: clients, inserts: count, seconds: elapsed.seconds, insertsPerSecond: Double(count) / elapsed.seconds,
                cpuMillisecondsPerInsert: cpu * 1000 / Double(count)))
    }

    /// Each of `clients` tasks inserts while `goOn(client, inserted so far)`; their latencies.
    private func insertConcurrently(
        clients: Int, while goOn: @escaping @Sendable (_ client: Int, _ done: Int) -> Bool
    ) async throws -> [LatencyRecorder] {
        let (baseline, payload) = (baseline, payload)
        return try await withThrowingTaskGroup(of: LatencyRecorder.self) { group in
            for client in 0..<clients {
                group.addTask {
                    var mine = LatencyRecorder()
                    var done = 0
                    while goOn(client, done) {
                        let (_, one) = try await timed { try await baseline.insertOne(payload: payload) }
                        mine.record(one)
                        done += 1
                    }
                    return mine
                }
            }
            return try await group.reduce(into: [LatencyRecorder]()) { $0.append($1) }
        }
    }

    /// The mean of the last two rounds: the bracket of the level measured between them.
    var lastBracket: Double? {
        guard rounds.count >= 2 else { return nil }
        return (rounds[rounds.count - 1].insertsPerSecond + rounds[rounds.count - 2].insertsPerSecond) / 2
    }

    func finish() async throws -> Result {
        try await baseline.finish()
        return Result(
            rounds: rounds, insertsPerSecond: median(rounds.map(\.insertsPerSecond)),
            latency: latency.summary, matchesClientCounts: plan.database.isPostgres)
    }
}
