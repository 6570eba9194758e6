import DeliveryDomain
import Foundation
import GRDB

/// What an idle session asks the database on its slow tick, answered by one read: has the log
/// moved, is any timer due that a session should fire, and what did the payment worker last
/// report. One read instead of four, because a server holding a thousand idle sessions pays
/// for every one of them on every tick.
public struct SessionPulse: Sendable, Equatable {
    /// The log's head position.
    public var head: Int64
    /// Whether an order awaiting confirmation passed its deadline, or (without a payment worker)
    /// a payment request outlived its deadline: then ``DeliveryEngine/fireDueTimeouts()`` has work.
    /// Also true while the read models have not taken in the whole log, since they cannot say:
    /// firing the timers then catches them up first and looks properly.
    public var timersDue: Bool
    /// The payment worker's last report; nil when none ever reported.
    public var health: PaymentGatewayHealth?
}

extension DeliveryEngine {
    /// The pulse as of the engine's time now. Reads the read models as they stand, without
    /// catching them up (that is a write): when they are behind the log, `timersDue` says so.
    public func pulse() async throws(DeliveryError) -> SessionPulse {
        let now = clock.now().timeIntervalSince1970
        let paymentLimit = queuesPayments ? nil : now - TimeInterval(PaymentDeadline.defaultMinutes * 60)
        do {
            // On a shared log the head and the report are remote, read side by side (one round
            // trip's wait, not two); the rest is this process's projection.
            var read: (head: Int64, health: PaymentGatewayHealth?)?
            if !(shared is SQLiteSharedState) {
                async let head = store.headPosition()
                async let report = shared.healthRow()
                read = (try await head, try await report.map(PaymentGatewayHealthRecord.init(row:))?.health)
            }
            let remote = read
            return try await pool.read { db in
                let head = try remote?.head ?? Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) FROM events") ?? 0
                var due = try Projector.checkpoint(db) < head
                due =
                    try due
                    || Bool.fetchOne(
                        db,
                        sql: """
                            SELECT EXISTS(SELECT 1 FROM rm_orders WHERE status = 'awaitingConfirmation' AND deadline_at <= ?)
                            """, arguments: [now]) ?? false
                if !due, let paymentLimit {
                    due =
                        try Bool.fetchOne(
                            db, sql: "SELECT EXISTS(SELECT 1 FROM rm_pending_payments WHERE requested_at <= ?)",
                            arguments: [paymentLimit]) ?? false
                }
                let health = try remote.map(\.health) ?? PaymentGatewayHealthRecord.fetch(db)?.health
                return SessionPulse(head: head, timersDue: due, health: health)
            }
        } catch {
            throw DeliveryError.wrap(error)
        }
    }
}
