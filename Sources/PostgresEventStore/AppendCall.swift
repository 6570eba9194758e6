import EventStore
import Foundation
import NIOCore
import PostgresNIO

/// One call of the server's `append_events` for a list of requests: the requests flattened into
/// parallel arrays on the way in, the results or the refusals on the way out.
struct AppendCall {
    /// The requests, each already in the wire format (``EncodedAppend``).
    let parts: [EncodedAppend]
    /// Each request succeeds or is refused on its own (group commit), rather than all or none.
    let independent: Bool

    init(parts: [EncodedAppend], independent: Bool) {
        self.parts = parts
        self.independent = independent
    }

    init(requests: [AppendRequest], independent: Bool) {
        self.init(parts: requests.map(EncodedAppend.init), independent: independent)
    }

    var requestCount: Int { parts.count }

    /// `SELECT … FROM append_events($1 … $17)`, or another append function: the arrays' order
    /// is the functions'.
    func query(function: String = PostgresEventLogSchema.appendFunctionName) -> PostgresQuery {
        let arrays = arrays()
        return """
            SELECT refusal, refusal_detail, appended_version, appended_first, appended_last FROM \(unescaped: function)(
                \(independent), \(arrays[.streams]), \(arrays[.expectedKinds]), \(arrays[.expectedVersions]),
                \(arrays[.eventCounts]), \(arrays[.recordedAt]),
                \(arrays.conditionRequests), \(arrays[.conditionStreams]), \(arrays[.conditionVersions]),
                \(arrays[.eventIDs]), \(arrays[.types]), \(arrays[.schemaVersions]), \(arrays[.payloads]),
                \(arrays[.hasActor]), \(arrays[.actors]), \(arrays[.causations]), \(arrays[.correlations]))
            """
    }

    /// The call's array parameters.
    struct Arrays {
        fileprivate var byParameter = EncodedAppend.Parameter.allCases.map(\.emptyArray)
        /// For each condition, the number (from 1) of the request it belongs to.
        var conditionRequests = WireArray.integers()

        subscript(parameter: EncodedAppend.Parameter) -> WireArray { byParameter[parameter.rawValue] }
    }

    /// Each array is the requests' shares joined in order, and the conditions' request numbers,
    /// which only the call knows.
    func arrays() -> Arrays {
        var arrays = Arrays()
        for parameter in EncodedAppend.Parameter.allCases {
            arrays.byParameter[parameter.rawValue].reserve(elementBytes: parts.reduce(0) { $0 + $1.byteCount(of: parameter) })
        }
        for (index, part) in parts.enumerated() {
            for parameter in EncodedAppend.Parameter.allCases { part.write(parameter, into: &arrays.byParameter[parameter.rawValue]) }
            for _ in part.request.conditions { arrays.conditionRequests.append(integer: Int32(index + 1)) }
        }
        return arrays
    }

    /// Sends the call as a statement each connection prepares once: through `append_events`,
    /// which notifies listeners at commit, or, when `announced` is false, through its twin that
    /// leaves that to the store (``AnnouncementWindow``).
    ///
    /// A call of one request goes first through `append_one` (or its twin) when `oneRequest` is
    /// true: fewer statements for the common case. What that function leaves to `append_events`
    /// (a refusal, a stored id: it raised, so wrote nothing) is sent again through it, whose
    /// answers are the rules'.
    func send(on client: PostgresClient, announced: Bool, oneRequest: Bool) async throws
        -> [Result<AppendResult, EventStoreError>]
    {
        let binds = query().binds
        if oneRequest, parts.count == 1 {
            do {
                if announced { return try await outcomes(client.execute(AppendStatement<AnnouncedOne>(binds: binds))) }
                return try await outcomes(client.execute(AppendStatement<UnannouncedOne>(binds: binds)))
            } catch let error where Self.isLeftToAppendEvents(error) {
                // Nothing was written: on to append_events.
            }
        }
        if announced { return try await outcomes(client.execute(AppendStatement<AnnouncedAppend>(binds: binds))) }
        return try await outcomes(client.execute(AppendStatement<UnannouncedAppend>(binds: binds)))
    }

    /// Whether `append_one` raised `error` to leave the call to `append_events`: its own
    /// SQLSTATE, or the events' unique index meeting a stored or repeated id.
    static func isLeftToAppendEvents(_ error: any Error) -> Bool {
        switch ServerFailure.sqlState(of: error) {
        case PostgresEventLogSchema.notForOneRequest, "23505": true
        default: false
        }
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
        guard outcomes.count == parts.count else {
            throw PostgresEventStoreError.serverFailed(
                reason: "append_events answered \(outcomes.count) outcomes for \(parts.count) requests")
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
            guard numbers.count == 3, parts.indices.contains(numbers[0] - 1) else { return nil }
            let request = parts[numbers[0] - 1].request
            let actual = numbers[2]
            if numbers[1] == 0 {
                return .wrongExpectedVersion(stream: request.stream, expected: request.expectedVersion, actual: actual)
            }
            // Conditions are numbered across all requests; this request's come after the earlier ones'.
            let earlier = parts.prefix(numbers[0] - 1).reduce(0) { $0 + $1.request.conditions.count }
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

/// `append_one`: a call of one request, notified at commit.
enum AnnouncedOne: AppendFunction {
    static let statementName = "baedal_append_one"
    static let sql = AppendCall(requests: [], independent: false)
        .query(function: PostgresEventLogSchema.oneRequestFunctionName).sql
}

/// `append_one_unannounced`: a call of one request, announced later by its store.
enum UnannouncedOne: AppendFunction {
    static let statementName = "baedal_append_one_unannounced"
    static let sql = AppendCall(requests: [], independent: false)
        .query(function: PostgresEventLogSchema.unannouncedOneRequestFunctionName).sql
}
