import EventStore
import Foundation
import NIOCore
import PostgresEventStore
import PostgresNIO

/// Appends per second on PostgreSQL against a raw single-row INSERT, measured in the same run.
///
/// The raw side is the floor a log on this server can hope for: one plain row per autocommitted
/// statement, the same payload size, the same number of clients, no checks. The store's side is
/// `PostgresEventStore.append` of one event to the client's own stream (`.any`), so every append
/// takes the head lock, looks up its ids and version, inserts, moves the head and notifies.
/// The two sides alternate per client count, so a machine busy with other work slows both.
///
/// Each side gets a schema of its own (`bench_…`), dropped at the end.
public enum PostgresAppendBench {
    public struct Level: Codable, Sendable {
        public let clients: Int
        public let rawInsertsPerSecond: Double
        public let appendsPerSecond: Double
        /// appends ÷ raw: 1 is as fast as a plain insert.
        public let ratio: Double
        public let rawP50Microseconds: UInt64
        public let rawP99Microseconds: UInt64
        public let appendP50Microseconds: UInt64
        public let appendP99Microseconds: UInt64
    }

    public static func run(url base: PostgresURL, clients: [Int], secondsPerSide: Double) async throws -> [Level] {
        let suffix = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        var storeURL = base
        storeURL.schema = "bench_log_\(suffix)"
        var rawURL = base
        rawURL.schema = "bench_raw_\(suffix)"
        let connections = max(clients.max() ?? 1, 1)

        let store = try await PostgresEventStore.connect(to: storeURL, options: .init(maximumConnections: connections))
        let raw = PostgresEventStore.makePlainClient(rawURL, options: .init(maximumConnections: connections))
        let running = Task { await raw.run() }
        defer { running.cancel() }
        do {
            try await raw.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \"\(rawURL.schema)\""))
            try await raw.query(
                PostgresQuery(
                    unsafeSQL: """
                        CREATE TABLE "\(rawURL.schema)".baseline_rows (
                            id bigserial PRIMARY KEY, payload bytea NOT NULL, recorded_at bigint NOT NULL)
                        """))
            var levels: [Level] = []
            for count in clients {
                let rawSide = try await measure(clients: count, seconds: secondsPerSide) { _ in
                    let payload = ByteBuffer(bytes: Self.payload)
                    let now = Int64(Date().timeIntervalSince1970 * 1_000_000)
                    try await raw.query(
                        "INSERT INTO baseline_rows (payload, recorded_at) VALUES (\(payload), \(now))")
                }
                let storeSide = try await measure(clients: count, seconds: secondsPerSide) { client in
                    let event = NewEvent(
                        eventID: UUID(), type: "OrderPlaced", schemaVersion: 1, payload: Self.payload,
                        metadata: EventMetadata(actor: "bench"))
                    _ = try await store.append(
                        AppendRequest(stream: StreamID("bench-\(client)"), expectedVersion: .any, events: [event], recordedAt: Date()))
                }
                levels.append(
                    Level(
                        clients: count, rawInsertsPerSecond: rawSide.perSecond, appendsPerSecond: storeSide.perSecond,
                        ratio: rawSide.perSecond > 0 ? storeSide.perSecond / rawSide.perSecond : 0,
                        rawP50Microseconds: rawSide.latency.p50, rawP99Microseconds: rawSide.latency.p99,
                        appendP50Microseconds: storeSide.latency.p50, appendP99Microseconds: storeSide.latency.p99))
            }
            try await raw.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \"\(rawURL.schema)\" CASCADE"))
            try await raw.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \"\(storeURL.schema)\" CASCADE"))
            await store.close()
            return levels
        } catch {
            _ = try? await raw.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \"\(rawURL.schema)\" CASCADE"))
            _ = try? await raw.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \"\(storeURL.schema)\" CASCADE"))
            await store.close()
            throw error
        }
    }

    /// About the size of an encoded OrderPlaced event, as in the SQLite baseline.
    static let payload = Data(repeating: 0x7B, count: 420)

    private static func measure(
        clients: Int, seconds: Double, _ operation: @escaping @Sendable (Int) async throws -> Void
    ) async throws -> (perSecond: Double, latency: LatencySummary) {
        let clock = ContinuousClock()
        let start = clock.now
        let end = start.advanced(by: .milliseconds(Int64(seconds * 1000)))
        let recorders = try await withThrowingTaskGroup(of: (Int, LatencyRecorder).self) { group in
            for client in 0..<clients {
                group.addTask {
                    var latency = LatencyRecorder()
                    var count = 0
                    while clock.now < end {
                        let (_, one) = try await timed { try await operation(client) }
                        latency.record(one)
                        count += 1
                    }
                    return (count, latency)
                }
            }
            return try await group.reduce(into: [(Int, LatencyRecorder)]()) { $0.append($1) }
        }
        let elapsed = (clock.now - start)
        let total = recorders.reduce(0) { $0 + $1.0 }
        var latency = LatencyRecorder()
        for (_, recorder) in recorders { latency.add(recorder) }
        let (wholeSeconds, attoseconds) = elapsed.components
        let secondsTaken = Double(wholeSeconds) + Double(attoseconds) / 1e18
        return (Double(total) / secondsTaken, latency.summary)
    }
}
