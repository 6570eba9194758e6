import DeliveryDomain
import Foundation
import GRDB

/// The timers a process fires, as the read models find them: orders whose store let the
/// confirmation deadline pass, and (with no payment worker to do it) payment requests left
/// unanswered past ``PaymentDeadline``. Stated once here, for the firing
/// (``DeliveryEngine/fireDueTimeouts()``) and for an idle session's pulse, which only asks
/// whether anything is due; the decider still refuses an order that is no longer due.
enum DueTimers {
    /// How long a payment request may wait with no worker to answer it.
    static let paymentLimit = TimeInterval(PaymentDeadline.defaultMinutes * 60)

    private static let overdueConfirmation = "status = 'awaitingConfirmation' AND deadline_at <= ?"
    private static let strandedPayment = "requested_at <= ?"

    /// Orders past their confirmation deadline at `now`, the longest overdue first.
    static func overdueConfirmations(_ db: Database, at now: Date) throws -> [OrderID] {
        try String.fetchAll(
            db, sql: "SELECT order_id FROM rm_orders WHERE \(overdueConfirmation) ORDER BY deadline_at",
            arguments: [now.timeIntervalSince1970]
        ).map(OrderID.init)
    }

    static func anyOverdueConfirmation(_ db: Database, at now: Date) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS(SELECT 1 FROM rm_orders WHERE \(overdueConfirmation))",
            arguments: [now.timeIntervalSince1970]) ?? false
    }

    static func anyStrandedPayment(_ db: Database, at now: Date) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS(SELECT 1 FROM rm_pending_payments WHERE \(strandedPayment))",
            arguments: [now.timeIntervalSince1970 - paymentLimit]) ?? false
    }

    /// The same test as ``anyStrandedPayment(_:at:)``, on one request already read.
    static func isStranded(requestedAt: Date, at now: Date) -> Bool {
        now.timeIntervalSince(requestedAt) >= paymentLimit
    }
}
