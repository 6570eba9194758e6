import Foundation
import GRDB

/// A row in the database that says which process may do a singleton job (the payment worker)
/// until when. Whoever holds an unexpired lease renews it; anyone may take an expired one, so a
/// holder that dies or stalls is replaced once its lease runs out.
///
/// Reading and writing the row happen in one write transaction, and SQLite lets one writer in at
/// a time across processes, so two candidates can never both believe they hold it. Time comes
/// from the engine's clock, so tests move it by hand.
public struct WorkerLease: Sendable {
    public let name: String
    public let holder: String
    /// How long one acquisition lasts; renew well within it (the worker renews every pass).
    public let duration: TimeInterval
    let pool: DatabasePool
    let clock: any EngineClock

    public init(name: String, holder: String, duration: TimeInterval, pool: DatabasePool, clock: any EngineClock) {
        self.name = name
        self.holder = holder
        self.duration = duration
        self.pool = pool
        self.clock = clock
    }

    /// Not a read model: it is not derived from the log, and survives read-model rebuilds.
    static func prepare(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS engine_leases(
                  name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at REAL NOT NULL)
                """)
    }

    /// Takes the lease if it is free or expired, renews it if already held. True when held now.
    public func acquire() async throws -> Bool {
        let now = clock.now().timeIntervalSince1970
        let (name, holder, until) = (name, holder, now + duration)
        return try await pool.write { db in
            if let row = try Row.fetchOne(
                db, sql: "SELECT holder, expires_at FROM engine_leases WHERE name = ?",
                arguments: [name])
            {
                let current: String = row["holder"]
                let expiresAt: Double = row["expires_at"]
                if current != holder && expiresAt > now { return false }
            }
            try db.execute(
                sql: """
                    INSERT INTO engine_leases(name, holder, expires_at) VALUES (?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                    """, arguments: [name, holder, until])
            return true
        }
    }

    /// Gives the lease up at once (a clean shutdown), so a standby need not wait for it to expire.
    public func release() async throws {
        let (name, holder) = (name, holder)
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM engine_leases WHERE name = ? AND holder = ?", arguments: [name, holder])
        }
    }

    /// Who holds the lease and until when, nil when nobody does.
    public func current() async throws -> (holder: String, expiresAt: Date)? {
        let name = name
        return try await pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT holder, expires_at FROM engine_leases WHERE name = ?",
                    arguments: [name])
            else { return nil }
            let holder: String = row["holder"]
            let expiresAt: Double = row["expires_at"]
            return (holder: holder, expiresAt: Date(timeIntervalSince1970: expiresAt))
        }
    }
}
