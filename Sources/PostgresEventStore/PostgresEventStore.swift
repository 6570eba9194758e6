import EventStore
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// The event log in a PostgreSQL database, shared by every process and machine that points at it.
///
/// The same contract as the SQLite store (the tests run one suite against both). What differs is
/// how appends are ordered: each append is one call of a server-side function that locks the
/// one-row `log_head` table, checks, inserts and moves the head (see ``PostgresEventLogSchema``).
/// Appends from all processes therefore commit one at a time in position order, and a reader
/// that follows the log with ``readAll(afterPosition:limit:)`` never misses an event that
/// committed late.
///
/// The store owns a connection pool whose background work runs in a task for the store's
/// lifetime, so it has an explicit lifecycle: ``connect(to:options:logger:)`` opens it (and
/// checks or creates the log), ``close()`` ends it. ``withPostgresEventStore(_:options:_:)``
/// does both around a closure.
///
///     let url = try PostgresURL(parsing: "postgres:///baedal?host=/run/postgresql&user=baedal")
///     let store = try await PostgresEventStore.connect(to: url)
///     try await store.append(request)
///     await store.close()
///
///     // or, closed however the closure ends:
///     try await withPostgresEventStore(url) { store in try await store.append(request) }
public final class PostgresEventStore: EventStore, CountsOwnAppends {
    /// Settings for the connection pool.
    public struct Options: Sendable {
        /// The most connections this store opens; appends beyond it wait for a free one.
        /// Appends serialise on the head row anyway, so more connections than concurrent
        /// appenders buy nothing; reads use them too.
        public var maximumConnections: Int
        /// How long to wait for the server to answer a new connection.
        public var connectTimeout: Duration
        /// The most appends sent in one call (group commit, see ``append(_:)``). 1 turns group
        /// commit off: one call, one transaction, per append.
        public var maximumGroupSize: Int
        /// How long after a notification this store's next lone appends go unannounced, owed
        /// one notification at the end of it (``AnnouncementWindow``); zero notifies at every
        /// call.
        public var announcementWindow: Duration
        /// Whether a call of one request goes through `append_one`, the server function that
        /// does only what such a call needs, before `append_events` when that one leaves it
        /// (``PostgresEventLogSchema/oneRequestFunction``). Off, every call takes `append_events`:
        /// for tests that check both ways give the same answers, and for measuring the difference.
        public var oneRequestFunction: Bool

        public init(
            maximumConnections: Int = 16, connectTimeout: Duration = .seconds(10), maximumGroupSize: Int = 256,
            announcementWindow: Duration = .milliseconds(5), oneRequestFunction: Bool = true
        ) {
            self.maximumConnections = maximumConnections
            self.connectTimeout = connectTimeout
            self.maximumGroupSize = max(1, maximumGroupSize)
            self.announcementWindow = max(.zero, announcementWindow)
            self.oneRequestFunction = oneRequestFunction
        }
    }

    /// Where the log is; its description never shows the password.
    public let url: PostgresURL
    /// The channel every writing append notifies at commit; the payload is "SCHEMA HEAD".
    public static let notificationChannel = PostgresEventLogSchema.notificationChannel

    private let client: PostgresClient
    /// The store's pool, for the engine's shared tables beside the log (same database, same
    /// `search_path`). Appends go through ``append(_:)`` only.
    public var connectionPool: PostgresClient { client }
    private let running: Task<Void, Never>
    private let queue: AppendQueue<EncodedAppend>
    private let announcer: Announcer
    /// The name this store's appends give in their notifications (``PostgresEventLogSchema/writerSetting``),
    /// drawn at random when it connects: its listener knows this process's own appends by it.
    let writer: String

    private init(url: PostgresURL, client: PostgresClient, writer: String, options: Options) {
        self.url = url
        self.client = client
        self.writer = writer
        let running = Task { await client.run() }
        self.running = running
        let announcer = Announcer(
            window: options.announcementWindow, client: client, schema: url.schema, writer: writer,
            oneRequest: options.oneRequestFunction)
        self.announcer = announcer
        queue = AppendQueue(maximumGroupSize: options.maximumGroupSize) { requests in
            try await Self.appendGroup(requests, through: announcer, closed: running.isCancelled)
        }
    }

    /// One call of `append_events` for requests of different callers: each is written or
    /// refused on its own, and a refusal is that request's outcome, not an error.
    private static func appendGroup(
        _ parts: [EncodedAppend], through announcer: Announcer, closed: @autoclosure () -> Bool
    ) async throws -> [Result<AppendResult, EventStoreError>] {
        let call = AppendCall(parts: parts, independent: parts.count > 1)
        do {
            return try await announcer.send(call)
        } catch {
            if let refusal = call.refusal(from: error) { return [.failure(refusal)] }
            throw Self.translated(error, closed: closed())
        }
    }

    /// Exactly these requests in one call, as group commit would send them had they raced: for
    /// tests that need a given group rather than whatever the scheduler makes.
    func appendInOneCall(_ requests: [AppendRequest]) async throws -> [Result<AppendResult, EventStoreError>] {
        try await Self.appendGroup(requests.map(EncodedAppend.init), through: announcer, closed: running.isCancelled)
    }

    /// Connects, then checks the log in `url.schema`, or creates it if the schema is empty.
    ///
    /// The first connection is made on its own, so that a wrong host, database or password is
    /// reported at once rather than retried in the background by the pool.
    ///
    /// - Throws: ``PostgresEventStoreError/cannotConnect(url:reason:)``,
    ///   ``PostgresEventStoreError/notABaedalDatabase(url:schema:)`` or
    ///   ``PostgresEventStoreError/newerSchema(url:schema:found:supported:)``; a refused
    ///   schema is left exactly as it was.
    public static func connect(
        to url: PostgresURL, options: Options = .init(), logger: Logger = PostgresEventStore.quietLogger
    ) async throws -> PostgresEventStore {
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: ConnectionSettings.connection(url, options: options), id: 0, logger: logger)
        } catch {
            throw PostgresEventStoreError.cannotConnect(url: url.description, reason: ServerFailure.reason(for: error))
        }
        do {
            try await LogPreparation.prepare(on: connection, url: url, logger: logger)
            try? await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
        let writer = UUID().uuidString  // no spaces: the payload's fields are split on them
        let client = PostgresClient(
            configuration: ConnectionSettings.client(url, options: options, writer: writer), backgroundLogger: logger)
        return PostgresEventStore(url: url, client: client, writer: writer, options: options)
    }

    /// Ends the pool's background task and closes every connection. Calls after this throw
    /// ``PostgresEventStoreError/closed``.
    public func close() async {
        await announcer.flush()
        running.cancel()
        await running.value
    }

    /// A store dropped without ``close()`` still stops its pool, though without waiting for it.
    deinit {
        running.cancel()
    }

    /// Discards postgres-nio's log lines: the store reports what matters through its errors.
    public static let quietLogger = Logger(label: "baedal.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    // MARK: Appending

    /// Queues the request for the next call of `append_events` (group commit: the appends that
    /// arrive while one call is on its way share the next) and returns once it is durable or
    /// refused. See ``EventStore/append(_:)`` for what is checked.
    public func append(_ request: AppendRequest) async throws -> AppendResult {
        defer { appendsFinished.add(1, ordering: .releasing) }
        // Written in the wire format here, on the caller's thread, not by the call loop.
        return try await queue.append(EncodedAppend(request))
    }

    /// One call of `append_events` for all the requests, in one transaction: a refusal of any
    /// rolls back all of them.
    public func appendAll(_ requests: [AppendRequest]) async throws -> [AppendResult] {
        guard !requests.isEmpty else { return [] }
        defer { appendsFinished.add(1, ordering: .releasing) }
        let call = AppendCall(requests: requests, independent: false)
        do {
            return try await announcer.send(call).map { try $0.get() }
        } catch {
            if let refusal = call.refusal(from: error) { throw refusal }
            throw translated(error)
        }
    }

    /// Counted when an append returns or throws, whatever it did at the server
    /// (``CountsOwnAppends``).
    private let appendsFinished = Atomic<UInt64>(0)

    public var finishedAppends: UInt64 { appendsFinished.load(ordering: .acquiring) }

    /// The most appends one call of `append_events` has carried so far: above 1 once group
    /// commit has shared a call.
    public func largestAppendGroup() -> Int {
        queue.largestGroup
    }

    /// Group commit so far, as the SQLite store counts it: `transactions` are calls of
    /// `append_events` for ``append(_:)`` (each one transaction), `appends` the requests they
    /// carried. ``appendAll(_:)`` is not counted.
    public func groupCommitStatistics() -> GroupCommitStatistics {
        queue.statistics
    }

    // MARK: Reading

    public func readStream(_ stream: StreamID, fromVersion: Int) async throws -> [RecordedEvent] {
        try await reading {
            try await PostgresEventRows.collect(
                client.query(
                    """
                    SELECT \(unescaped: PostgresEventRows.selectColumns) FROM events e
                    WHERE e.stream_id = \(stream.rawValue) AND e.stream_version >= \(max(1, fromVersion))
                    ORDER BY e.stream_version
                    """))
        }
    }

    /// One statement, so one snapshot: the streams are seen as of the same moment, in one round trip.
    ///
    /// Each stream is read through the (stream_id, stream_version) index (`LATERAL`): joined
    /// plainly, the planner hashed the streams and scanned the whole log for them, 22 ms a call
    /// on a 30,000-event log and growing with it.
    public func readStreams(_ requests: [(stream: StreamID, fromVersion: Int)]) async throws -> [[RecordedEvent]] {
        guard !requests.isEmpty else { return [] }
        let streams = requests.map(\.stream.rawValue)
        let versions = requests.map { Int32(clamping: max(1, $0.fromVersion)) }
        return try await reading {
            var answers = Array(repeating: [RecordedEvent](), count: requests.count)
            let rows = try await client.query(
                """
                SELECT r.ordinality, \(unescaped: PostgresEventRows.selectColumns)
                FROM unnest(\(streams)::text[], \(versions)::integer[]) WITH ORDINALITY AS r(stream_id, from_version, ordinality)
                CROSS JOIN LATERAL (
                    SELECT * FROM events
                    WHERE events.stream_id = r.stream_id AND events.stream_version >= r.from_version
                    ORDER BY events.stream_version
                ) e
                ORDER BY r.ordinality, e.stream_version
                """)
            for try await row in rows {
                let event = try row.decode((Int, Int64, UUID, String, Int, String, Int, Data, Int64, String?, UUID?, UUID?).self)
                answers[event.0 - 1].append(
                    PostgresEventRows.recordedEvent(
                        (event.1, event.2, event.3, event.4, event.5, event.6, event.7, event.8, event.9, event.10, event.11)))
            }
            return answers
        }
    }

    /// Positions commit in order (see the type's discussion), so reading after the last
    /// position seen never skips an event.
    public func readAll(afterPosition: Int64, limit: Int) async throws -> [RecordedEvent] {
        guard limit > 0 else { return [] }
        return try await reading {
            try await PostgresEventRows.collect(
                client.query(
                    """
                    SELECT \(unescaped: PostgresEventRows.selectColumns) FROM events e
                    WHERE e.position > \(afterPosition)
                    ORDER BY e.position
                    LIMIT \(limit)
                    """))
        }
    }

    /// The head row: one row to read, whatever the size of the log.
    public func headPosition() async throws -> Int64 {
        try await reading {
            var head: Int64 = 0
            for try await position in try await client.query("SELECT position FROM log_head").decode(Int64.self) {
                head = position
            }
            return head
        }
    }

    /// Found through the (stream_id, stream_version) index, whatever the size of the log.
    public func streamVersion(_ stream: StreamID) async throws -> Int {
        try await reading {
            var version = 0
            let rows = try await client.query(
                "SELECT coalesce(max(e.stream_version), 0) FROM events e WHERE e.stream_id = \(stream.rawValue)")
            for try await found in rows.decode(Int.self) { version = found }
            return version
        }
    }

    // MARK: Errors

    private func reading<T>(_ read: () async throws -> T) async throws -> T {
        do {
            return try await read()
        } catch {
            throw translated(error)
        }
    }

    private func translated(_ error: any Error) -> any Error {
        Self.translated(error, closed: running.isCancelled)
    }

    private static func translated(_ error: any Error, closed: Bool) -> any Error {
        if error is PostgresEventStoreError || error is EventStoreError { return error }
        if ServerFailure.isPoolClosed(error) || closed { return PostgresEventStoreError.closed }
        return PostgresEventStoreError.serverFailed(reason: ServerFailure.reason(for: error))
    }
}

/// Opens the store at `url`, runs `body` with it, and closes it however `body` ends.
public func withPostgresEventStore<Result: Sendable>(
    _ url: PostgresURL, options: PostgresEventStore.Options = .init(),
    _ body: (PostgresEventStore) async throws -> Result
) async throws -> Result {
    let store = try await PostgresEventStore.connect(to: url, options: options)
    do {
        let result = try await body(store)
        await store.close()
        return result
    } catch {
        await store.close()
        throw error
    }
}
