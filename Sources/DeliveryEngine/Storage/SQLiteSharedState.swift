import EventStore
import Foundation
import GRDB

/// The shared state in the SQLite database file, beside the log. Each step is one write
/// transaction, and SQLite lets one writer in at a time across processes, so two processes
/// can never both take the lease or both record a fresh file's time.
public struct SQLiteSharedState: SharedEngineState {
    let pool: DatabasePool
    /// The store whose wake file ``signalChange()`` touches; nil: nobody to wake.
    let store: SQLiteEventStore?

    public init(store: SQLiteEventStore) {
        self.pool = store.pool
        self.store = store
    }

    init(pool: DatabasePool) {
        self.pool = pool
        self.store = nil
    }

    /// Creates the tables on a file that lacks them.
    static func prepare(_ db: Database) throws {
        try WorkerLease.prepare(db)
        try EngineSettings.prepare(db)
        try PaymentGatewayHealthRecord.prepare(db)
        try SavedCartRecord.prepare(db)
    }

    public func acquireLease(_ name: String, holder: String, now: Double, until: Double) async throws -> Bool {
        try await pool.write { db in
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

    public func releaseLease(_ name: String, holder: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM engine_leases WHERE name = ? AND holder = ?", arguments: [name, holder])
        }
    }

    public func lease(_ name: String) async throws -> (holder: String, expiresAt: Double)? {
        try await pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT holder, expires_at FROM engine_leases WHERE name = ?",
                    arguments: [name])
            else { return nil }
            let holder: String = row["holder"]
            let expiresAt: Double = row["expires_at"]
            return (holder: holder, expiresAt: expiresAt)
        }
    }

    public func setting(_ name: String) async throws -> String? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM engine_settings WHERE name = ?", arguments: [name])
        }
    }

    public func writeSetting(_ name: String, value: String?, clearingHealth: Bool) async throws {
        try await pool.write { db in try Self.writeSetting(name, value: value, clearingHealth: clearingHealth, db) }
    }

    static func writeSetting(_ name: String, value: String?, clearingHealth: Bool, _ db: Database) throws {
        if let value {
            try db.execute(
                sql: """
                    INSERT INTO engine_settings(name, value) VALUES (?, ?)
                    ON CONFLICT(name) DO UPDATE SET value = excluded.value
                    """, arguments: [name, value])
        } else {
            try db.execute(sql: "DELETE FROM engine_settings WHERE name = ?", arguments: [name])
        }
        if clearingHealth { try db.execute(sql: "DELETE FROM engine_payment_gateway_health") }
    }

    /// Decided in one write transaction, which keeps every append out. The read models are in
    /// this file, but a catch-up needs the writer too: when they are behind the log, the
    /// transaction ends without writing, they catch up, and the decision is taken again.
    public func changeSetting(_ change: GuardedSettingChange) async throws -> String? {
        var behind = SettingCheckFellBehind(head: 0, checkpoint: 0)
        for _ in 0..<Self.catchUpAttempts {
            let outcome = try await pool.write { db -> GuardedOutcome in
                let head = try Int64.fetchOne(db, sql: "SELECT MAX(position) FROM events") ?? 0
                let checkpoint = try Projector.checkpoint(db)
                if checkpoint < head { return .behind(SettingCheckFellBehind(head: head, checkpoint: checkpoint)) }
                let current = try String.fetchOne(
                    db, sql: "SELECT value FROM engine_settings WHERE name = ?", arguments: [change.name])
                if let refusal = try change.refusal(current, db) { return .refused(refusal) }
                try Self.writeSetting(change.name, value: change.value, clearingHealth: change.clearingHealth, db)
                return .written
            }
            switch outcome {
            case .written: return nil
            case .refused(let refusal): return refusal
            case .behind(let fell):
                behind = fell
                try await change.catchUp(fell.head)
            }
        }
        throw behind
    }

    /// Each catch-up takes the read models to the head it saw; only a log that keeps growing
    /// faster than they follow runs out of attempts.
    static let catchUpAttempts = 20

    private enum GuardedOutcome {
        case written
        case refused(String)
        case behind(SettingCheckFellBehind)
    }

    public func healthRow() async throws -> SharedHealthRow? {
        try await pool.read { db in try Self.healthRow(db) }
    }

    static func healthRow(_ db: Database) throws -> SharedHealthRow? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT breaker, since, pending_payments, updated_at, holder, transitions FROM engine_payment_gateway_health WHERE id = 1
                    """)
        else { return nil }
        return SharedHealthRow(
            breaker: row["breaker"], since: row["since"], pendingPayments: row["pending_payments"],
            updatedAt: row["updated_at"], holder: row["holder"], transitions: row["transitions"])
    }

    public func saveHealth(_ row: SharedHealthRow) async throws -> Bool {
        try await pool.write { db in
            let previous = try Self.healthRow(db)
            try db.execute(
                sql: """
                    INSERT INTO engine_payment_gateway_health(id, breaker, since, pending_payments, updated_at, holder, transitions)
                    VALUES (1, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET breaker = excluded.breaker, since = excluded.since,
                      pending_payments = excluded.pending_payments, updated_at = excluded.updated_at,
                      holder = excluded.holder, transitions = excluded.transitions
                    """,
                arguments: [row.breaker, row.since, row.pendingPayments, row.updatedAt, row.holder, row.transitions])
            return previous?.breaker != row.breaker || previous?.pendingPayments != row.pendingPayments
        }
    }

    public func openTime(first: @escaping @Sendable (Date?) -> SharedTimeRow) async throws -> (SharedTimeRow, newest: Date?) {
        try await pool.write { db in
            try EngineTimeRecord.prepare(db)
            let newest = try Self.newestRecorded(db)
            if let row = try Self.timeRow(db) { return (row, newest) }
            let row = first(newest)
            try db.execute(
                sql: "INSERT INTO engine_time(id, mode, simulated_now) VALUES (1, ?, ?)",
                arguments: [row.mode, row.simulatedNow])
            return (row, newest)
        }
    }

    public func timeRow() async throws -> SharedTimeRow? {
        try await pool.read { db in try Self.timeRow(db) }
    }

    static func timeRow(_ db: Database) throws -> SharedTimeRow? {
        guard let row = try Row.fetchOne(db, sql: "SELECT mode, simulated_now FROM engine_time WHERE id = 1") else { return nil }
        return SharedTimeRow(mode: row["mode"], simulatedNow: row["simulated_now"])
    }

    public func storeSimulatedNow(_ seconds: Double) async throws {
        try await pool.write { db in try Self.storeSimulatedNow(seconds, db) }
    }

    static func storeSimulatedNow(_ seconds: Double, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE engine_time SET simulated_now = ? WHERE id = 1 AND mode = 'simulated'",
            arguments: [seconds])
    }

    public func moveSimulatedNow(_ rule: @escaping @Sendable (Double?, Date?) throws -> Double) async throws -> Double {
        try await pool.write { db in
            let next = try rule(try Self.timeRow(db)?.simulatedNow, try Self.newestRecorded(db))
            try Self.storeSimulatedNow(next, db)
            return next
        }
    }

    /// The time of the newest event in the log, nil when the log is empty.
    static func newestRecorded(_ db: Database) throws -> Date? {
        try Double.fetchOne(db, sql: "SELECT recorded_at FROM events ORDER BY position DESC LIMIT 1")
            .map(Date.init(timeIntervalSince1970:))
    }

    public func signalChange() {
        store?.signalChange()
    }
}
