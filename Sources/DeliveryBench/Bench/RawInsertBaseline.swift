import EventStore
import Foundation
import GRDB

/// The floor the benchmark measures appends against: one plain row per transaction, durable when
/// ``insertOne(payload:)`` returns, and nothing else (no version check, no idempotency lookup,
/// no group commit). One implementation per backend, each on a scratch database of its own
/// beside the engine's (same disk, same server).
///
/// `baedal bench` reports the engine's throughput as a multiple of this one's ("orders÷raw"),
/// so a number is read against what the disk (or the server) allows on this machine.
protocol RawInsertBaseline: Sendable {
    /// Inserts one row in a transaction of its own, which is durable when this returns. Safe to
    /// call from many tasks at once (one client each).
    func insertOne(payload: Data) async throws
    /// Closes the baseline and removes its scratch database.
    func finish() async throws
}

/// The SQLite floor: a file of its own opened with the log's pool settings and durability.
final class SQLiteRawInsertBaseline: RawInsertBaseline {
    let pool: DatabasePool
    let path: String

    /// Opens (or creates) the baseline's file at `path`, with the log's settings from `options`.
    init(path: String, options: SQLiteEventStore.Options = .init()) throws {
        self.path = path
        try SQLiteEventStore.createParentDirectory(of: path)
        do {
            pool = try DatabasePool(path: path, configuration: options.poolConfiguration)
            try pool.writeWithoutTransaction { db in
                try options.applyDurability(db)
                try db.execute(
                    sql: """
                        CREATE TABLE IF NOT EXISTS baseline_rows (
                            id          INTEGER PRIMARY KEY AUTOINCREMENT,
                            payload     BLOB NOT NULL,
                            recorded_at REAL NOT NULL
                        )
                        """)
            }
        } catch {
            throw DatabaseFileIdentity.openingFailure(error, path: path)
        }
    }

    func insertOne(payload: Data) async throws {
        try await pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try db.execute(
                    sql: "INSERT INTO baseline_rows (payload, recorded_at) VALUES (COALESCE(?, zeroblob(0)), ?)",
                    arguments: [payload, Date().timeIntervalSince1970])
                return .commit
            }
        }
    }

    func finish() async throws {
        try pool.close()
        PrivateFiles.removeDatabase(at: path)
    }
}
