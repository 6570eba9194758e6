import Foundation
import GRDB

/// A row in the database that says which process may do a singleton job (the payment worker)
/// until when. Whoever holds an unexpired lease renews it; anyone may take an expired one, so a
/// holder that dies or stalls is replaced once its lease runs out.
///
/// Reading and writing the row happen in one atomic step of the shared state (one SQLite write
/// transaction; one PostgreSQL statement), so two candidates can never both believe they hold it. Time comes
/// from the engine's clock, so tests move it by hand.
public struct WorkerLease: Sendable {
    public let name: String
    public let holder: String
    /// How long one acquisition lasts; renew well within it (the worker renews every pass).
    public let duration: TimeInterval
    let shared: any SharedEngineState
    let clock: any EngineClock

    public init(name: String, holder: String, duration: TimeInterval, shared: any SharedEngineState, clock: any EngineClock) {
        self.name = name
        self.holder = holder
        self.duration = duration
        self.shared = shared
        self.clock = clock
    }

    /// A lease in a SQLite database file.
    public init(name: String, holder: String, duration: TimeInterval, pool: DatabasePool, clock: any EngineClock) {
        self.init(name: name, holder: holder, duration: duration, shared: SQLiteSharedState(pool: pool), clock: clock)
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
        return try await shared.acquireLease(name, holder: holder, now: now, until: now + duration)
    }

    /// Gives the lease up at once (a clean shutdown), so a standby need not wait for it to expire.
    public func release() async throws {
        try await shared.releaseLease(name, holder: holder)
    }

    /// Who holds the lease and until when, nil when nobody does.
    public func current() async throws -> (holder: String, expiresAt: Date)? {
        try await shared.lease(name).map { (holder: $0.holder, expiresAt: Date(timeIntervalSince1970: $0.expiresAt)) }
    }
}
