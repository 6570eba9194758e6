import DeliveryDomain
import Foundation
import GRDB

/// The database's time, kept in the file beside the log: whether it is live or simulated and,
/// when simulated, the time its scripts last set. One row, chosen by the first process to open
/// a fresh file and never changed after.
///
/// It is not derived from the log, because it must be known before the first event is written
/// (that event's time depends on it), and like ``EngineSettings`` it survives read-model rebuilds.
struct EngineTimeRecord: Sendable, Equatable {
    var mode: TimeMode
    /// The simulated time; nil on a live database.
    var simulatedNow: Date?

    static func prepare(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS engine_time(
                    id            INTEGER PRIMARY KEY CHECK (id = 1),
                    mode          TEXT    NOT NULL CHECK (mode IN ('live', 'simulated')),
                    simulated_now REAL    -- seconds since 1970-01-01 UTC; NULL when live
                )
                """)
    }

    static func fetch(_ db: Database) throws -> EngineTimeRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT mode, simulated_now FROM engine_time WHERE id = 1") else { return nil }
        let text: String = row["mode"]
        guard let mode = TimeMode(rawValue: text) else {
            throw DeliveryError.storage(
                "The database's time mode \"\(text)\" is unknown; it was written by a newer baedal. Use a newer baedal.")
        }
        let seconds: Double? = row["simulated_now"]
        return EngineTimeRecord(mode: mode, simulatedNow: seconds.map(Date.init(timeIntervalSince1970:)))
    }

    /// Records the mode of a file that has none yet (a fresh one, or one from before modes).
    static func insert(_ record: EngineTimeRecord, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO engine_time(id, mode, simulated_now) VALUES (1, ?, ?)",
            arguments: [record.mode.rawValue, record.simulatedNow?.timeIntervalSince1970])
    }

    static func storeSimulatedNow(_ now: Date, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE engine_time SET simulated_now = ? WHERE id = 1 AND mode = 'simulated'",
            arguments: [now.timeIntervalSince1970])
    }

    /// The time of the newest event in the log, nil when the log is empty.
    static func newestRecorded(_ db: Database) throws -> Date? {
        try Double.fetchOne(db, sql: "SELECT recorded_at FROM events ORDER BY position DESC LIMIT 1")
            .map(Date.init(timeIntervalSince1970:))
    }
}
