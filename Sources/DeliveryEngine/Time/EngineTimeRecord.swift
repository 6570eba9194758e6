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

    /// - Throws: ``DeliveryError/storage(_:)`` for a mode written by a newer baedal.
    init(row: SharedTimeRow) throws {
        guard let mode = TimeMode(rawValue: row.mode) else {
            throw DeliveryError.storage(
                "The database's time mode \"\(row.mode)\" is unknown; it was written by a newer baedal. Use a newer baedal.")
        }
        self.init(mode: mode, simulatedNow: row.simulatedNow.map(Date.init(timeIntervalSince1970:)))
    }

    init(mode: TimeMode, simulatedNow: Date?) {
        self.mode = mode
        self.simulatedNow = simulatedNow
    }

    var row: SharedTimeRow {
        SharedTimeRow(mode: mode.rawValue, simulatedNow: simulatedNow?.timeIntervalSince1970)
    }
}
