import EventStore
import Foundation
import NIOCore
import PostgresNIO

/// One call of the server's `append_events` for a list of requests: the requests flattened into
/// parallel arrays on the way in, the results or the refusals on the way out.
struct AppendCall {
    let requests: [AppendRequest]
    /// Each request succeeds or is refused on its own (group commit), rather than all or none.
    let independent: Bool

    /// `SELECT … FROM append_events($1 … $17)`, or its unannounced twin: the arrays' order is
    /// the functions'. The arrays are written straight into the wire format (``WireArray``), one
    /// pass over the requests.
    func query(function: String = PostgresEventLogSchema.appendFunctionName) -> PostgresQuery {
        var streams = WireArray.texts()
        var expectedKinds = WireArray.integers()
        var expectedVersions = WireArray.integers()
        var eventCounts = WireArray.integers()
        var recordedAt = WireArray.bigIntegers()
        var conditionRequests = WireArray.integers()
        var conditionStreams = WireArray.texts()
        var conditionVersions = WireArray.integers()
        var eventIDs = WireArray.uuids()
        var types = WireArray.texts()
        var schemaVersions = WireArray.integers()
        var payloads = WireArray.byteArrays()
        var hasActor = WireArray.booleans()
        var actors = WireArray.texts()
        var causations = WireArray.texts()
        var correlations = WireArray.texts()
        reserve(payloads: &payloads, streams: &streams)

        for (index, request) in requests.enumerated() {
            streams.append(text: request.stream.rawValue)
            let (kind, version) = Self.encoded(request.expectedVersion)
            expectedKinds.append(integer: kind)
            expectedVersions.append(integer: version)
            eventCounts.append(integer: Int32(request.events.count))
            recordedAt.append(bigInteger: RecordedTime.microseconds(request.recordedAt))
            for condition in request.conditions {
                conditionRequests.append(integer: Int32(index + 1))
                conditionStreams.append(text: condition.stream.rawValue)
                conditionVersions.append(integer: Int32(clamping: condition.version))
            }
            for event in request.events {
                eventIDs.append(uuid: event.eventID)
                types.append(text: event.type)
                schemaVersions.append(integer: Int32(clamping: event.schemaVersion))
                payloads.append(bytes: event.payload)
                hasActor.append(boolean: event.metadata.actor != nil)
                actors.append(text: event.metadata.actor ?? "")
                causations.append(text: event.metadata.causationID?.uuidString ?? "")
                correlations.append(text: event.metadata.correlationID?.uuidString ?? "")
            }
        }
        return """
            SELECT refusal, refusal_detail, appended_version, appended_first, appended_last FROM \(unescaped: function)(
                \(independent), \(streams), \(expectedKinds), \(expectedVersions), \(eventCounts), \(recordedAt),
                \(conditionRequests), \(conditionStreams), \(conditionVersions),
                \(eventIDs), \(types), \(schemaVersions), \(payloads),
                \(hasActor), \(actors), \(causations), \(correlations))
            """
    }

    /// The two arrays that grow large in a group: payloads, and stream ids (uuids and the rest
    /// are a few bytes an element, and small arrays cost little to grow).
    private func reserve(payloads: inout WireArray, streams: inout WireArray) {
        var payloadBytes = 0
        var streamBytes = 0
        for request in requests {
            streamBytes += 4 + request.stream.rawValue.utf8.count
            for event in request.events { payloadBytes += 4 + event.payload.count }
        }
        payloads.reserve(elementBytes: payloadBytes)
        streams.reserve(elementBytes: streamBytes)
    }

    /// Sends the call as a statement each connection prepares once: through `append_events`,
    /// which notifies listeners at commit, or, when `announced` is false, through its twin that
    /// leaves that to the store (``AnnouncementWindow``).
    func send(on client: PostgresClient, announced: Bool) async throws -> [Result<AppendResult, EventStoreError>] {
        let binds = query().binds
        if announced { return try await outcomes(client.execute(AppendStatement<AnnouncedAppend>(binds: binds))) }
        return try await outcomes(client.execute(AppendStatement<UnannouncedAppend>(binds: binds)))
    }

    /// One outcome per request, in the requests' order.
    func outcomes<Rows: AsyncSequence>(_ rows: Rows) async throws -> [Result<AppendResult, EventStoreError>]
    where Rows.Element == AppendRow {
        var outcomes: [Result<AppendResult, EventStoreError>] = []
        for try await (state, detail, version, first, last) in rows {
            if let state {
                guard let refusal = refusal(state: state, detail: detail ?? "") else {
                    throw PostgresEventStoreError.serverFailed(reason: "append_events refused with an unknown SQLSTATE \(state)")
                }
                outcomes.append(.failure(refusal))
            } else if let version, let first, let last {
                outcomes.append(.success(AppendResult(streamVersion: version, firstPosition: first, lastPosition: last)))
            }
        }
        guard outcomes.count == requests.count else {
            throw PostgresEventStoreError.serverFailed(
                reason: "append_events answered \(outcomes.count) outcomes for \(requests.count) requests")
        }
        return outcomes
    }

    /// The `EventStoreError` a refusal raised by `append_events` stands for, or nil for any
    /// other error (see the function's SQLSTATEs in ``PostgresEventLogSchema/appendFunction``).
    func refusal(from error: any Error) -> EventStoreError? {
        guard let state = ServerFailure.sqlState(of: error), state.hasPrefix("BD") else { return nil }
        return refusal(state: state, detail: ServerFailure.detail(of: error) ?? "")
    }

    private func refusal(state: String, detail: String) -> EventStoreError? {
        switch state {
        case "BD001":
            let numbers = detail.split(separator: " ").compactMap { Int($0) }
            guard numbers.count == 3, requests.indices.contains(numbers[0] - 1) else { return nil }
            let request = requests[numbers[0] - 1]
            let actual = numbers[2]
            if numbers[1] == 0 {
                return .wrongExpectedVersion(stream: request.stream, expected: request.expectedVersion, actual: actual)
            }
            // Conditions are numbered across all requests; this request's come after the earlier ones'.
            let earlier = requests.prefix(numbers[0] - 1).reduce(0) { $0 + $1.conditions.count }
            guard request.conditions.indices.contains(numbers[1] - 1 - earlier) else { return nil }
            let condition = request.conditions[numbers[1] - 1 - earlier]
            return .wrongExpectedVersion(
                stream: condition.stream, expected: condition.version == 0 ? .noStream : .exactly(condition.version),
                actual: actual)
        case "BD002":
            return UUID(uuidString: detail).map(EventStoreError.eventIDReused)
        case "BD003":
            return .emptyAppend
        default:
            return nil
        }
    }

    private static func encoded(_ expected: ExpectedVersion) -> (kind: Int32, version: Int32) {
        switch expected {
        case .any: return (0, 0)
        case .noStream: return (1, 0)
        case .exactly(let version): return (2, Int32(clamping: version))
        }
    }
}

/// `append_events` (or its unannounced twin) as a named prepared statement: each connection of
/// the pool parses and plans the call once, then only binds and executes it. Sent unnamed, as
/// before, the server parsed, analysed and planned the `SELECT … FROM append_events(…)` around
/// the function at every call: a sixth of a lone append's server time (perf of the backend under
/// `pgbench`). The text never changes (every value is a parameter), and a function replaced by a
/// newer build is re-planned by the server on its own, as for any prepared statement.
struct AppendStatement<Function: AppendFunction>: PostgresPreparedStatement {
    typealias Row = AppendRow
    static var name: String { Function.statementName }
    static var sql: String { Function.sql }
    let binds: PostgresBindings

    func makeBindings() -> PostgresBindings { binds }
    func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
}

/// One request's answer: a refusal's SQLSTATE and detail, or the version and positions written.
typealias AppendRow = (String?, String?, Int?, Int64?, Int64?)

/// Which server function an ``AppendStatement`` calls; its text is built once.
protocol AppendFunction {
    static var statementName: String { get }
    static var sql: String { get }
}

/// `append_events`: notifies listeners at commit.
enum AnnouncedAppend: AppendFunction {
    static let statementName = "baedal_append_events"
    static let sql = AppendCall(requests: [], independent: false).query().sql
}

/// `append_events_unannounced`: its store announces it later (``AnnouncementWindow``).
enum UnannouncedAppend: AppendFunction {
    static let statementName = "baedal_append_events_unannounced"
    static let sql = AppendCall(requests: [], independent: false)
        .query(function: PostgresEventLogSchema.unannouncedAppendFunctionName).sql
}
