import Foundation

/// The append-only log of everything that happened, grouped into streams.
///
/// Storage-neutral on purpose: the SQLite store implements it today and a PostgreSQL store will
/// follow; both must pass the same contract suite (`EventStoreContract` in the tests). Errors a
/// caller is expected to handle are `EventStoreError`s; anything else thrown is a storage failure
/// (disk full, I/O error) that the caller can only report.
///
/// The store knows nothing of orders or stores: a stream is a name, an event a type name and
/// bytes. What it guarantees is the order of a stream and the check that makes deciding safe:
/// an append names the version its decision was made on, and is refused if the stream moved.
///
///     let store = try SQLiteEventStore(path: "baedal.sqlite")
///     let stream: StreamID = "order-42"
///     let placed = NewEvent(eventID: UUID(), type: "OrderPlaced", schemaVersion: 1,
///                           payload: json, metadata: EventMetadata(actor: "customer:17"))
///     try await store.append(AppendRequest(stream: stream, expectedVersion: .noStream,
///                                          events: [placed], recordedAt: now))
///
///     let history = try await store.readStream(stream, fromVersion: 1)   // [placed], version 1
///     // Decide on `history`, then append expecting .exactly(1). Had another writer appended
///     // meanwhile, that append throws .wrongExpectedVersion: read again and decide again.
public protocol EventStore: Sendable {
    /// Appends atomically, checking the expected version, and the request's conditions (other
    /// streams still at the versions the decision was made on). Retrying an append whose event
    /// ids are already stored (same stream, same versions) returns the original result and
    /// writes nothing (idempotent).
    ///
    /// - Throws: `EventStoreError.wrongExpectedVersion` (naming the condition's stream when a
    ///   condition failed), `.eventIDReused`, `.emptyAppend`; in each case nothing was written.
    func append(_ request: AppendRequest) async throws -> AppendResult

    /// Appends to several streams as one atomic step: all of the requests, or none. Each is
    /// checked as ``append(_:)`` checks it, in order, each seeing the ones before it. For a
    /// decision that spans streams, say an order taking portions from two stock shards, where
    /// holding one without the other would be wrong even for a moment.
    ///
    /// - Returns: one result per request, in the requests' order.
    /// - Throws: the first request's refusal (`EventStoreError`), or a storage failure; either
    ///   way nothing of any request was written.
    func appendAll(_ requests: [AppendRequest]) async throws -> [AppendResult]

    /// The stream's events from `fromVersion` on, ascending; `fromVersion: 1` reads the whole
    /// stream. An absent stream reads as empty.
    func readStream(_ stream: StreamID, fromVersion: Int) async throws -> [RecordedEvent]

    /// Several streams at once, each from its own version, as one consistent read: what a
    /// command needs from a few small streams (a store, its settings) without a round trip per
    /// stream. The answer has one array per request, in the requests' order.
    func readStreams(_ requests: [(stream: StreamID, fromVersion: Int)]) async throws -> [[RecordedEvent]]

    /// At most `limit` events of the whole log with a position greater than `afterPosition`,
    /// ascending by position. Start with `afterPosition: 0`; continue after the last one read.
    func readAll(afterPosition: Int64, limit: Int) async throws -> [RecordedEvent]

    /// The position of the last event in the log; 0 when the log is empty.
    func headPosition() async throws -> Int64

    /// The stream's version: the number of events in it; 0 when it is absent.
    func streamVersion(_ stream: StreamID) async throws -> Int
}

extension EventStore {
    /// One read per stream: right for a store whose reads cost no round trip.
    public func readStreams(_ requests: [(stream: StreamID, fromVersion: Int)]) async throws -> [[RecordedEvent]] {
        var answers: [[RecordedEvent]] = []
        for request in requests { answers.append(try await readStream(request.stream, fromVersion: request.fromVersion)) }
        return answers
    }
}
