import Foundation
import GRDB

/// The event log in one SQLite file, shared with the engine's read models.
///
/// One file is one baedal database: several processes may open it at once (each writes under
/// SQLite's file lock, waiting up to `Options.busyTimeout`), and within a process concurrent
/// appends share transactions through group commit.
public final class SQLiteEventStore: EventStore {
    /// The connection pool (WAL mode). Public because the engine keeps its read models in the
    /// same file and so must write through the same single writer connection.
    public let pool: DatabasePool
    /// The database file's path, as given.
    public let path: String
    /// The settings the file was opened with.
    public let options: Options
    private let committer: GroupCommitter
    /// Wakes other processes' sessions after each commit (nil when the wake file cannot be
    /// opened; they then find changes by their safety poll).
    private let changes: ChangeSignal?

    /// Opens the log at `path`, creating the file (and its parent directories) if needed.
    /// Only the user running baedal may read it: see ``PrivateFiles``.
    ///
    /// - Throws: `EventStoreError.notABaedalDatabase` for another program's file or a damaged
    ///   one, `.newerSchema` for a log from a newer baedal, `.unreadable` when the file cannot
    ///   be opened at all. A file that is refused is left exactly as it was.
    public init(path: String, configuration options: Options = .init()) throws {
        self.path = path
        self.options = options
        try Self.createParentDirectory(of: path)
        try DatabaseFileIdentity.checkBeforeOpening(path: path, options: options)
        do {
            try PrivateFiles.prepareDatabaseFile(at: path)
            pool = try DatabasePool(path: path, configuration: options.poolConfiguration)
            try pool.writeWithoutTransaction { db in
                try options.applyDurability(db)
                try db.inTransaction(.immediate) {
                    try EventLogSchema.prepare(db, path: path)
                    return .commit
                }
            }
        } catch {
            throw DatabaseFileIdentity.openingFailure(error, path: path)
        }
        let changes = ChangeSignal(databasePath: path)
        self.changes = changes
        committer = GroupCommitter(pool: pool, path: path, maximumGroupSize: options.maximumGroupSize) { changes?.signal() }
    }

    /// Wakes every session watching this database. Appends do it themselves; the engine calls it
    /// after the shared writes that are not events but show on screens (settings, the simulated
    /// time, the payment breaker's state).
    public func signalChange() {
        changes?.signal()
    }

    /// Queues the request for the next group commit and returns once it is durable (or
    /// refused): see ``EventStore/append(_:)`` for what is checked.
    public func append(_ request: AppendRequest) async throws -> AppendResult {
        try await committer.append(request)
    }

    /// One transaction for all the requests, rolled back whole if any is refused.
    public func appendAll(_ requests: [AppendRequest]) async throws -> [AppendResult] {
        guard !requests.isEmpty else { return [] }
        return try await committer.commitAllOrNothing(requests)
    }

    /// Commits several requests in one transaction: each request succeeds or is refused on its
    /// own (a refused one writes nothing), and the results come back in the requests' order.
    ///
    /// - Throws: only when the transaction as a whole failed; then nothing was written.
    public func appendBatch(_ requests: [AppendRequest]) async throws -> [Result<AppendResult, EventStoreError>] {
        guard !requests.isEmpty else { return [] }
        return try await committer.commitTogether(requests)
    }

    /// Reads from a reader connection (WAL): it never waits for a writer.
    public func readStream(_ stream: StreamID, fromVersion: Int) async throws -> [RecordedEvent] {
        try await readStreams([(stream: stream, fromVersion: fromVersion)])[0]
    }

    /// One read transaction for all the streams: a single hop to a reader connection, and one
    /// snapshot of the log, so the streams are seen as of the same moment.
    public func readStreams(_ requests: [(stream: StreamID, fromVersion: Int)]) async throws -> [[RecordedEvent]] {
        let path = self.path
        let requests = requests.map { (stream: $0.stream.rawValue, fromVersion: max(1, $0.fromVersion)) }
        return try await pool.read { db in
            try requests.map { request in
                try EventRowDecoding.fetchAll(
                    db,
                    sql: """
                        SELECT \(EventRowDecoding.selectColumns) FROM events
                        WHERE stream_id = ? AND stream_version >= ?
                        ORDER BY stream_version
                        """, arguments: [request.stream, request.fromVersion], path: path)
            }
        }
    }

    /// Positions are handed out by the single writer in commit order, so a reader that has
    /// seen position p will never later find a new event below p.
    public func readAll(afterPosition: Int64, limit: Int) async throws -> [RecordedEvent] {
        guard limit > 0 else { return [] }
        let path = self.path
        return try await pool.read { db in
            try EventRowDecoding.fetchAll(
                db,
                sql: """
                    SELECT \(EventRowDecoding.selectColumns) FROM events
                    WHERE position > ?
                    ORDER BY position
                    LIMIT ?
                    """, arguments: [afterPosition, limit], path: path)
        }
    }

    /// Cheap to ask often: sessions poll it to learn that something changed, and catch up to it.
    public func headPosition() async throws -> Int64 {
        try await pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) FROM events") ?? 0
        }
    }

    /// Found through the (stream_id, stream_version) index, whatever the size of the log.
    public func streamVersion(_ stream: StreamID) async throws -> Int {
        try await pool.read { db in
            try StreamAppend.currentVersion(of: stream, in: db)
        }
    }

    /// How many transactions the appends so far have needed.
    public func groupCommitStatistics() async -> GroupCommitStatistics {
        committer.currentStatistics()
    }

    package static func createParentDirectory(of path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try PrivateFiles.createDirectory(directory)
        } catch {
            throw EventStoreError.unreadable(path: path, reason: "its folder cannot be created (\(error))")
        }
    }
}
