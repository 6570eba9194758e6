import GRDB

/// The log's tables and the stamps that tell a baedal database from any other file.
///
/// `PRAGMA application_id` says "this file is baedal's"; `PRAGMA user_version` says which shape
/// of the log it holds. Both live in the file header and are written in the same transaction
/// as the tables, so a file is either fully a baedal log or untouched.
enum EventLogSchema {
    /// "baed" in ASCII. Stored in the database header by `PRAGMA application_id`.
    static let applicationID: Int32 = 0x6261_6564

    /// The shape of the log this build writes and the newest it can read.
    static let version = 1

    /// `position` is AUTOINCREMENT so that a position, once handed out and committed, is never
    /// handed out again, even if the last rows were ever deleted. The UNIQUE constraint on
    /// (stream_id, stream_version) is both the last line of defence against two writers
    /// claiming one version and the index that makes reading a stream and finding its version
    /// cost O(log n), whatever the size of the log.
    static let createTables = """
        CREATE TABLE events (
            position       INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id       TEXT    NOT NULL UNIQUE,
            stream_id      TEXT    NOT NULL,
            stream_version INTEGER NOT NULL CHECK (stream_version >= 1),
            type           TEXT    NOT NULL,
            schema_version INTEGER NOT NULL,
            payload        BLOB    NOT NULL,
            recorded_at    REAL    NOT NULL, -- seconds since 1970-01-01 UTC, to the microsecond
            actor          TEXT,
            causation_id   TEXT,
            correlation_id TEXT,
            UNIQUE (stream_id, stream_version)
        );
        """

    /// Checks the file's identity and, in a fresh file, creates the log.
    ///
    /// Runs inside an IMMEDIATE transaction, so that two processes opening one new file at the
    /// same time do not both create the tables: the second one sees the first one's log.
    static func prepare(_ db: Database, path: String) throws {
        switch try DatabaseFileIdentity.read(db) {
        case .fresh:
            try db.execute(sql: createTables)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: "PRAGMA user_version = \(version)")
        case .baedal(let schemaVersion):
            try checkReadable(schemaVersion: schemaVersion, path: path)
        // Version 1 is the only shape so far: future migrations go here.
        case .foreign:
            throw EventStoreError.notABaedalDatabase(path: path)
        }
    }

    static func checkReadable(schemaVersion: Int, path: String) throws {
        guard schemaVersion <= version else {
            throw EventStoreError.newerSchema(path: path, found: schemaVersion, supported: version)
        }
    }
}
