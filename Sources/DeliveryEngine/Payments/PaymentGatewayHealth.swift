import Foundation
import GRDB

/// How the payment gateway looks from the active payment worker: its circuit breaker and the
/// payments still waiting. The worker writes it to the database, so every process on the file
/// (an owner's screen, a customer's) can show it without talking to the gateway itself.
public struct PaymentGatewayHealth: Sendable, Equatable {
    public enum Breaker: String, Sendable, Equatable { case closed, open, halfOpen }
    public var breaker: Breaker
    public var since: Date          // when the breaker entered this state
    public var pendingPayments: Int // payment requests not yet answered
    public var updatedAt: Date      // the worker's last report (stale => worker gone)

    public init(breaker: Breaker, since: Date, pendingPayments: Int, updatedAt: Date) {
        self.breaker = breaker
        self.since = since
        self.pendingPayments = pendingPayments
        self.updatedAt = updatedAt
    }
}

/// One change of the breaker's state, as the worker recorded it.
public struct PaymentGatewayTransition: Sendable, Equatable {
    public var from: PaymentGatewayHealth.Breaker
    public var to: PaymentGatewayHealth.Breaker
    public var at: Date
    /// Why, in words: "failure rate 100%", "open duration elapsed", "probes succeeded".
    public var reason: String

    public init(from: PaymentGatewayHealth.Breaker, to: PaymentGatewayHealth.Breaker, at: Date, reason: String) {
        self.from = from
        self.to = to
        self.at = at
        self.reason = reason
    }
}

extension DeliveryEngine {
    /// Nil when no worker has ever reported (no gateway in use).
    public func paymentGatewayHealth() async throws(DeliveryError) -> PaymentGatewayHealth? {
        try await healthRecord()?.health
    }

    /// The breaker's most recent transitions, oldest first (at most
    /// ``PaymentGatewayHealthRecord/keptTransitions``); empty when no worker has reported.
    public func paymentGatewayTransitions() async throws(DeliveryError) -> [PaymentGatewayTransition] {
        try await healthRecord()?.transitions ?? []
    }

    func healthRecord() async throws(DeliveryError) -> PaymentGatewayHealthRecord? {
        do {
            return try await pool.read { db in try PaymentGatewayHealthRecord.fetch(db) }
        } catch {
            throw DeliveryError.wrap(error)
        }
    }

    func recordGatewayHealth(_ record: PaymentGatewayHealthRecord) async throws(DeliveryError) {
        do {
            try await pool.write { db in try record.save(db) }
        } catch {
            throw DeliveryError.wrap(error)
        }
    }

    /// Every unanswered payment request, counted from the outbox read model.
    func pendingPaymentCount() async throws(DeliveryError) -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rm_pending_payments") ?? 0 }
    }
}

/// The single row the active worker keeps up to date. Not a read model: it is not derived from
/// the log, so it lives beside the lease and survives read-model rebuilds.
struct PaymentGatewayHealthRecord: Sendable, Equatable {
    /// Enough for a screen to show the last outage and its recovery.
    static let keptTransitions = 8

    var health: PaymentGatewayHealth
    var transitions: [PaymentGatewayTransition]
    /// The worker that wrote it.
    var holder: String

    static func prepare(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS engine_payment_gateway_health(
              id INTEGER PRIMARY KEY CHECK (id = 1), breaker TEXT NOT NULL, since REAL NOT NULL,
              pending_payments INTEGER NOT NULL, updated_at REAL NOT NULL, holder TEXT NOT NULL,
              transitions TEXT NOT NULL)
            """)
    }

    private struct StoredTransition: Codable {
        var from: String
        var to: String
        var at: Double
        var reason: String
    }

    static func fetch(_ db: Database) throws -> PaymentGatewayHealthRecord? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT breaker, since, pending_payments, updated_at, holder, transitions FROM engine_payment_gateway_health WHERE id = 1
            """) else { return nil }
        let breakerText: String = row["breaker"]
        let transitionsJSON: String = row["transitions"]
        let stored = (try? JSONDecoder().decode([StoredTransition].self, from: Data(transitionsJSON.utf8))) ?? []
        let transitions = stored.compactMap { t -> PaymentGatewayTransition? in
            guard let from = PaymentGatewayHealth.Breaker(rawValue: t.from), let to = PaymentGatewayHealth.Breaker(rawValue: t.to)
            else { return nil }
            return PaymentGatewayTransition(from: from, to: to, at: Date(timeIntervalSince1970: t.at), reason: t.reason)
        }
        let health = PaymentGatewayHealth(
            breaker: PaymentGatewayHealth.Breaker(rawValue: breakerText) ?? .closed,
            since: Date(timeIntervalSince1970: row["since"]), pendingPayments: row["pending_payments"],
            updatedAt: Date(timeIntervalSince1970: row["updated_at"]))
        return PaymentGatewayHealthRecord(health: health, transitions: transitions, holder: row["holder"])
    }

    func save(_ db: Database) throws {
        let stored = transitions.suffix(Self.keptTransitions).map {
            StoredTransition(from: $0.from.rawValue, to: $0.to.rawValue, at: $0.at.timeIntervalSince1970, reason: $0.reason)
        }
        let json = String(decoding: try JSONEncoder().encode(stored), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO engine_payment_gateway_health(id, breaker, since, pending_payments, updated_at, holder, transitions)
            VALUES (1, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET breaker = excluded.breaker, since = excluded.since,
              pending_payments = excluded.pending_payments, updated_at = excluded.updated_at,
              holder = excluded.holder, transitions = excluded.transitions
            """, arguments: [health.breaker.rawValue, health.since.timeIntervalSince1970, health.pendingPayments,
                             health.updatedAt.timeIntervalSince1970, holder, json])
    }
}
