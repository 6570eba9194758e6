import DeliveryDomain
import EventStore
import GRDB

/// The outbox the payment worker reads: a request joins when it is recorded and leaves as soon
/// as it is answered or the order stops. An order that stops with its request unanswered moves
/// it to the card holds to release (``DeliveryEngine/releaseCardHolds(limit:)``).
enum PendingPaymentProjection {
    static func apply(_ event: OrderEvent, orderID: String, _ recorded: RecordedEvent, _ db: Database) throws {
        switch event {
        case .paymentRequested(let e):
            try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO rm_pending_payments(order_id, idempotency_key, requested_at, position)
                    VALUES (?, ?, ?, ?)
                    """
            ).execute(arguments: [orderID, e.idempotencyKey, e.at.timeIntervalSince1970, recorded.position])
        case .cancelled, .rejected:
            // Ended with a request unanswered: its authorisation, if any, is released by the worker.
            try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO rm_holds_to_release(order_id, idempotency_key, ended_at, position)
                    SELECT order_id, idempotency_key, ?, ? FROM rm_pending_payments WHERE order_id = ?
                    """
            ).execute(arguments: [event.at.timeIntervalSince1970, recorded.position, orderID])
            try db.cachedStatement(sql: "DELETE FROM rm_pending_payments WHERE order_id = ?").execute(arguments: [orderID])
        case .paymentApproved, .paymentDeclined:
            try db.cachedStatement(sql: "DELETE FROM rm_pending_payments WHERE order_id = ?").execute(arguments: [orderID])
        default:
            break
        }
    }
}
