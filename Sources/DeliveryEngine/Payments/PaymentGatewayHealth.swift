import Foundation
import GRDB
import Resilience

/// How the payment gateway looks from the active payment worker: its circuit breaker and the
/// payments still waiting. The worker writes it to the database, so every process on the file
/// (an owner's screen, a customer's) can show it without talking to the gateway itself.
public struct PaymentGatewayHealth: Sendable, Equatable {
    public var breaker: CircuitBreaker.State
    public var since: Date  // when the breaker entered this state
    public var pendingPayments: Int  // payment requests not yet answered
    public var updatedAt: Date  // the worker's last report (stale => worker gone)

    public init(breaker: CircuitBreaker.State, since: Date, pendingPayments: Int, updatedAt: Date) {
        self.breaker = breaker
        self.since = since
        self.pendingPayments = pendingPayments
        self.updatedAt = updatedAt
    }
}

extension DeliveryEngine {
    /// Nil when no worker has ever reported (no gateway in use).
    public func paymentGatewayHealth() async throws(DeliveryError) -> PaymentGatewayHealth? {
        try await healthRecord()?.health
    }

    /// The breaker's most recent transitions, oldest first (at most
    /// ``PaymentGatewayHealthRecord/keptTransitions``), placed on the worker's clock; empty when
    /// no worker has reported.
    public func paymentGatewayTransitions() async throws(DeliveryError) -> [CircuitBreaker.Transition<Date>] {
        try await healthRecord()?.transitions ?? []
    }

    func healthRecord() async throws(DeliveryError) -> PaymentGatewayHealthRecord? {
        do {
            return try await shared.healthRow().map(PaymentGatewayHealthRecord.init(row:))
        } catch {
            throw DeliveryError.wrap(error)
        }
    }

    /// Rewritten every couple of seconds as a heartbeat; only a change of the breaker's state or
    /// of the count waiting (or a first report) wakes the sessions, which show both.
    func recordGatewayHealth(_ record: PaymentGatewayHealthRecord) async throws(DeliveryError) {
        let changed: Bool
        do {
            changed = try await shared.saveHealth(try record.row)
        } catch {
            throw DeliveryError.wrap(error)
        }
        if changed { shared.signalChange() }
    }

    /// Every unanswered payment request, counted from the outbox read model. One `COUNT(*)`:
    /// a progress line or a health report needs the number, not the rows.
    public func pendingPaymentCount() async throws(DeliveryError) -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rm_pending_payments") ?? 0 }
    }
}

/// The single row the active worker keeps up to date. Not a read model: it is not derived from
/// the log, so it lives beside the lease and survives read-model rebuilds.
struct PaymentGatewayHealthRecord: Sendable, Equatable {
    /// Enough for a screen to show the last outage and its recovery.
    static let keptTransitions = 8

    var health: PaymentGatewayHealth
    var transitions: [CircuitBreaker.Transition<Date>]
    /// The worker that wrote it.
    var holder: String

    static func prepare(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS engine_payment_gateway_health(
                  id INTEGER PRIMARY KEY CHECK (id = 1), breaker TEXT NOT NULL, since REAL NOT NULL,
                  pending_payments INTEGER NOT NULL, updated_at REAL NOT NULL, holder TEXT NOT NULL,
                  transitions TEXT NOT NULL)
                """)
    }

    /// The `transitions` column: a JSON array of `{"from", "to", "at" (Unix seconds), "reason"}`.
    /// Other processes and older rows read and write this shape, so it stays as it is.
    private typealias StoredTransition = CircuitBreaker.Transition<Double>

    /// One stored transition, or nil for one this build cannot read (a state or reason written by
    /// a newer build): it is left out rather than losing the rest of the list.
    private struct Lenient: Decodable {
        var transition: StoredTransition?
        init(from decoder: any Decoder) throws { transition = try? StoredTransition(from: decoder) }
    }

    static func fetch(_ db: Database) throws -> PaymentGatewayHealthRecord? {
        try SQLiteSharedState.healthRow(db).map(PaymentGatewayHealthRecord.init(row:))
    }

    init(health: PaymentGatewayHealth, transitions: [CircuitBreaker.Transition<Date>], holder: String) {
        self.health = health
        self.transitions = transitions
        self.holder = holder
    }

    init(row: SharedHealthRow) {
        let stored = (try? JSONDecoder().decode([Lenient].self, from: Data(row.transitions.utf8))) ?? []
        transitions = stored.compactMap { $0.transition?.placed(Date.init(timeIntervalSince1970:)) }
        health = PaymentGatewayHealth(
            breaker: CircuitBreaker.State(rawValue: row.breaker) ?? .closed,
            since: Date(timeIntervalSince1970: row.since), pendingPayments: row.pendingPayments,
            updatedAt: Date(timeIntervalSince1970: row.updatedAt))
        holder = row.holder
    }

    /// The row as stored: at most ``keptTransitions`` transitions.
    var row: SharedHealthRow {
        get throws {
            let stored = transitions.suffix(Self.keptTransitions).map { $0.placed(\.timeIntervalSince1970) }
            let json = String(decoding: try JSONEncoder().encode(stored), as: UTF8.self)
            return SharedHealthRow(
                breaker: health.breaker.rawValue, since: health.since.timeIntervalSince1970,
                pendingPayments: health.pendingPayments, updatedAt: health.updatedAt.timeIntervalSince1970,
                holder: holder, transitions: json)
        }
    }
}
