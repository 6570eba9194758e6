import DeliveryEngine
import Foundation
import Logging
import PostgresEventStore
import PostgresNIO

/// The engine's shared state in PostgreSQL, in the log's schema: the tables the SQLite file keeps
/// beside its log (`engine_leases`, `engine_settings`, `engine_payment_gateway_health`,
/// `engine_time`, `engine_saved_carts`), with the same meaning. Every step that reads and then
/// writes is one statement or one transaction holding the row (or an advisory lock) it decides
/// on, so two machines never both take the lease or both choose a fresh database's time.
public struct PostgresSharedState: SharedEngineState {
    let client: PostgresClient
    let logger: Logger

    public init(store: PostgresEventStore, logger: Logger = PostgresEventStore.quietLogger) {
        self.client = store.connectionPool
        self.logger = logger
    }

    /// Held (per transaction) while the tables are created or a fresh database's time chosen.
    static let preparationLock: Int64 = 0x6261_6566

    static let createStatements = [
        "CREATE TABLE IF NOT EXISTS engine_leases (name text PRIMARY KEY, holder text NOT NULL, expires_at double precision NOT NULL)",
        "CREATE TABLE IF NOT EXISTS engine_settings (name text PRIMARY KEY, value text NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS engine_payment_gateway_health (
            id integer PRIMARY KEY CHECK (id = 1), breaker text NOT NULL, since double precision NOT NULL,
            pending_payments bigint NOT NULL, updated_at double precision NOT NULL, holder text NOT NULL,
            transitions text NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS engine_time (
            id integer PRIMARY KEY CHECK (id = 1),
            mode text NOT NULL CHECK (mode IN ('live', 'simulated')),
            simulated_now double precision -- seconds since 1970-01-01 UTC; NULL when live
        )
        """,
        // Added after the others: a database made before saved carts gains it on its next open.
        """
        CREATE TABLE IF NOT EXISTS engine_saved_carts (
            account_id text PRIMARY KEY,
            cart       text NOT NULL, -- SavedCartRecord's JSON
            saved_at   double precision NOT NULL -- seconds since 1970-01-01 UTC
        )
        """,
    ]

    /// Creates the tables the log's schema lacks, once even when several processes open it at once.
    func prepare() async throws {
        try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.preparationLock))", logger: logger)
            for statement in Self.createStatements {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        }
    }

    /// One transaction on a pooled connection; a refusal thrown by `body` (a rule) comes out as
    /// itself, not wrapped in postgres-nio's transaction error.
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> sending T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger, body)
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error.beginError ?? error.commitError ?? error
        }
    }

    // MARK: The lease

    /// One statement: the upsert takes the row's lock and re-checks the condition on the newest
    /// row, so of two candidates for an expired lease exactly one gets a row back.
    public func acquireLease(_ name: String, holder: String, now: Double, until: Double) async throws -> Bool {
        let rows = try await client.query(
            """
            INSERT INTO engine_leases (name, holder, expires_at) VALUES (\(name), \(holder), \(until))
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE engine_leases.holder = excluded.holder OR engine_leases.expires_at <= \(now)
            RETURNING holder
            """, logger: logger)
        var taken = false
        for try await _ in rows.decode(String.self) { taken = true }
        return taken
    }

    public func releaseLease(_ name: String, holder: String) async throws {
        try await client.query("DELETE FROM engine_leases WHERE name = \(name) AND holder = \(holder)", logger: logger)
    }

    public func lease(_ name: String) async throws -> (holder: String, expiresAt: Double)? {
        var found: (holder: String, expiresAt: Double)?
        let rows = try await client.query("SELECT holder, expires_at FROM engine_leases WHERE name = \(name)", logger: logger)
        for try await (holder, expiresAt) in rows.decode((String, Double).self) { found = (holder, expiresAt) }
        return found
    }

    // MARK: Settings

    public func setting(_ name: String) async throws -> String? {
        var value: String?
        for try await found in try await client.query("SELECT value FROM engine_settings WHERE name = \(name)", logger: logger)
            .decode(String.self)
        { value = found }
        return value
    }

    public func writeSetting(_ name: String, value: String?, clearingHealth: Bool) async throws {
        let logger = logger
        try await transaction { connection in
            try await Self.writeSetting(name, value: value, clearingHealth: clearingHealth, connection, logger)
        }
    }

    static func writeSetting(
        _ name: String, value: String?, clearingHealth: Bool, _ connection: PostgresConnection, _ logger: Logger
    ) async throws {
        if let value {
            try await connection.query(
                """
                INSERT INTO engine_settings (name, value) VALUES (\(name), \(value))
                ON CONFLICT (name) DO UPDATE SET value = excluded.value
                """, logger: logger)
        } else {
            try await connection.query("DELETE FROM engine_settings WHERE name = \(name)", logger: logger)
        }
        if clearingHealth { try await connection.query("DELETE FROM engine_payment_gateway_health", logger: logger) }
    }

    /// One transaction: it locks the log's head row first, as every append does for its whole
    /// transaction, so no event commits until this one ends. Then the read models catch up to
    /// that head (through the pool's other connections: reading needs no lock), the refusal is
    /// decided on them, and the setting is written. The head row is always locked before the
    /// setting's, by this and by appends alike, so two changes or a change and an append never
    /// wait on each other in a circle. The catch-up reads on another of the pool's connections,
    /// so the pool needs at least two (the default is 16).
    public func changeSetting(_ change: GuardedSettingChange) async throws -> String? {
        let logger = logger
        return try await transaction { connection -> String? in
            var head: Int64 = 0
            for try await position in try await connection.query(
                "SELECT position FROM log_head FOR UPDATE", logger: logger
            ).decode(Int64.self) { head = position }
            var current: String?
            for try await value in try await connection.query(
                "SELECT value FROM engine_settings WHERE name = \(change.name) FOR UPDATE", logger: logger
            ).decode(String.self) { current = value }
            try await change.catchUp(head)
            if let refusal = try await change.decide(current: current) { return refusal }
            try await Self.writeSetting(change.name, value: change.value, clearingHealth: change.clearingHealth, connection, logger)
            return nil
        }
    }

    // MARK: Health

    public func healthRow() async throws -> SharedHealthRow? {
        try await Self.healthRow(client.query(Self.selectHealth, logger: logger))
    }

    static let selectHealth: PostgresQuery =
        "SELECT breaker, since, pending_payments, updated_at, holder, transitions FROM engine_payment_gateway_health WHERE id = 1"

    static func healthRow(_ rows: PostgresRowSequence) async throws -> SharedHealthRow? {
        var found: SharedHealthRow?
        for try await (breaker, since, pending, updatedAt, holder, transitions) in rows.decode(
            (String, Double, Int64, Double, String, String).self)
        {
            found = SharedHealthRow(
                breaker: breaker, since: since, pendingPayments: Int(pending), updatedAt: updatedAt, holder: holder,
                transitions: transitions)
        }
        return found
    }

    public func saveHealth(_ row: SharedHealthRow) async throws -> Bool {
        let logger = logger
        return try await transaction { connection in
            let previous = try await Self.healthRow(
                connection.query(
                    """
                    SELECT breaker, since, pending_payments, updated_at, holder, transitions
                    FROM engine_payment_gateway_health WHERE id = 1 FOR UPDATE
                    """, logger: logger))
            try await connection.query(
                """
                INSERT INTO engine_payment_gateway_health (id, breaker, since, pending_payments, updated_at, holder, transitions)
                VALUES (1, \(row.breaker), \(row.since), \(Int64(row.pendingPayments)), \(row.updatedAt), \(row.holder), \(row.transitions))
                ON CONFLICT (id) DO UPDATE SET breaker = excluded.breaker, since = excluded.since,
                  pending_payments = excluded.pending_payments, updated_at = excluded.updated_at,
                  holder = excluded.holder, transitions = excluded.transitions
                """, logger: logger)
            return previous?.breaker != row.breaker || previous?.pendingPayments != row.pendingPayments
        }
    }

    // MARK: Time

    public func openTime(first: @escaping @Sendable (Date?) -> SharedTimeRow) async throws -> (SharedTimeRow, newest: Date?) {
        let logger = logger
        return try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.preparationLock))", logger: logger)
            let newest = try await Self.newestRecorded(connection, logger: logger)
            if let row = try await Self.timeRow(connection.query(Self.selectTime, logger: logger)) { return (row, newest) }
            let row = first(newest)
            try await connection.query(
                "INSERT INTO engine_time (id, mode, simulated_now) VALUES (1, \(row.mode), \(row.simulatedNow))", logger: logger)
            return (row, newest)
        }
    }

    static let selectTime: PostgresQuery = "SELECT mode, simulated_now FROM engine_time WHERE id = 1"

    static func timeRow(_ rows: PostgresRowSequence) async throws -> SharedTimeRow? {
        var found: SharedTimeRow?
        for try await (mode, simulatedNow) in rows.decode((String, Double?).self) {
            found = SharedTimeRow(mode: mode, simulatedNow: simulatedNow)
        }
        return found
    }

    /// The time of the newest event in the log (stored in microseconds), nil when it is empty.
    static func newestRecorded(_ connection: PostgresConnection, logger: Logger) async throws -> Date? {
        var newest: Date?
        let rows = try await connection.query("SELECT recorded_at FROM events ORDER BY position DESC LIMIT 1", logger: logger)
        for try await micros in rows.decode(Int64.self) { newest = Date(timeIntervalSince1970: Double(micros) / 1_000_000) }
        return newest
    }

    public func timeRow() async throws -> SharedTimeRow? {
        try await Self.timeRow(client.query(Self.selectTime, logger: logger))
    }

    public func storeSimulatedNow(_ seconds: Double) async throws {
        try await client.query(
            "UPDATE engine_time SET simulated_now = \(seconds) WHERE id = 1 AND mode = 'simulated'", logger: logger)
    }

    public func moveSimulatedNow(_ rule: @escaping @Sendable (Double?, Date?) throws -> Double) async throws -> Double {
        let logger = logger
        return try await transaction { connection in
            let stored = try await Self.timeRow(
                connection.query("SELECT mode, simulated_now FROM engine_time WHERE id = 1 FOR UPDATE", logger: logger))
            let next = try rule(stored?.simulatedNow, try await Self.newestRecorded(connection, logger: logger))
            try await connection.query(
                "UPDATE engine_time SET simulated_now = \(next) WHERE id = 1 AND mode = 'simulated'", logger: logger)
            return next
        }
    }

    // MARK: Waking

    /// A notification on the log's channel carrying the head alone: every follower reads the
    /// shared state again (a head without events says something beside the log may have
    /// changed), catches up (finding nothing new) and wakes its sessions.
    public func signalChange() {
        let (client, logger) = (client, logger)
        Task {
            _ = try? await client.query(
                """
                SELECT pg_notify('\(unescaped: PostgresEventStore.notificationChannel)', current_schema() || ' ' || (SELECT position FROM log_head)::text)
                """, logger: logger)
        }
    }
}
