/// Why the PostgreSQL store could not open a log, or could not reach its server.
///
/// Refusals of an append (a stale version, a reused id) are `EventStoreError`s, as on SQLite;
/// these are the failures that belong to PostgreSQL itself. Every URL in them is a
/// ``PostgresURL``'s description, which never shows the password, and no message repeats an
/// event's payload or a query's parameters.
public enum PostgresEventStoreError: Error, Equatable, CustomStringConvertible {
    /// The server could not be reached, or refused the connection (no such database, wrong
    /// password, no permission).
    case cannotConnect(url: String, reason: String)
    /// The schema holds tables that are not a baedal log. Nothing was changed.
    case notABaedalDatabase(url: String, schema: String)
    /// The schema holds a log from a newer baedal, whose shape this build does not understand.
    case newerSchema(url: String, schema: String, found: Int, supported: Int)
    /// The server failed a read or a write (the connection dropped, the disk is full, ...).
    /// For an append, nothing of it was written unless a retry says otherwise.
    case serverFailed(reason: String)
    /// The store was used after ``PostgresEventStore/close()``.
    case closed

    public var description: String {
        switch self {
        case let .cannotConnect(url, reason):
            return "baedal cannot connect to the PostgreSQL database \(url): \(reason). "
                + "Check that the server is running, that the database exists and that the user may connect."
        case let .notABaedalDatabase(url, schema):
            return "The schema '\(schema)' of \(url) holds tables that are not a baedal log; baedal left it untouched. "
                + "Point --db at an empty database (or add ?schema=NAME for a schema of baedal's own)."
        case let .newerSchema(url, schema, found, supported):
            return "The log in schema '\(schema)' of \(url) was written by a newer baedal (schema \(found); "
                + "this build reads up to \(supported)). Upgrade baedal or point --db at another database."
        case let .serverFailed(reason):
            return "The PostgreSQL server failed the request: \(reason). Nothing was changed by it; try again, "
                + "and if it keeps failing, look at the server's log."
        case .closed:
            return "The PostgreSQL event store was used after it was closed."
        }
    }
}
