import Foundation
import NIOCore
import PostgresEventStore
import PostgresNIO

/// The PostgreSQL floor: one plain row per autocommitted INSERT into a table of its own, in a
/// scratch schema on the engine's server, through a pool as large as the engine's client count.
/// The table has a primary key and nothing else: what the server charges for a commit, and the
/// client for a round trip.
final class PostgresRawInsertBaseline: RawInsertBaseline {
    let url: PostgresURL
    private let client: PostgresClient
    private let running: Task<Void, Never>

    /// Creates the schema (it must not exist) and its table.
    init(url: PostgresURL, maximumConnections: Int) async throws {
        self.url = url
        client = PostgresEventStore.makePlainClient(url, options: .init(maximumConnections: maximumConnections))
        let client = client
        running = Task { await client.run() }
        do {
            try await client.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \"\(url.schema)\""))
            try await client.query(
                PostgresQuery(
                    unsafeSQL: """
                        CREATE TABLE "\(url.schema)".baseline_rows (
                            id bigserial PRIMARY KEY, payload bytea NOT NULL, recorded_at bigint NOT NULL)
                        """))
        } catch {
            running.cancel()
            throw BenchFailure(
                "the raw baseline's schema \(url.schema) could not be created on \(url): \(String(reflecting: error)). "
                    + "Check that the user may create schemas in that database.")
        }
    }

    func insertOne(payload: Data) async throws {
        let bytes = ByteBuffer(bytes: payload)
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000)
        try await client.query("INSERT INTO baseline_rows (payload, recorded_at) VALUES (\(bytes), \(now))")
    }

    func finish() async throws {
        defer { running.cancel() }
        try await client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \"\(url.schema)\" CASCADE"))
    }
}
