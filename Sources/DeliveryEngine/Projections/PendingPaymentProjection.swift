import DeliveryDomain
import EventStore
import GRDB

/// The outbox the payment worker reads: a request joins when it is recorded and leaves as soon
/// as it is answered or the order stops.
enum PendingPaymentProjection {
    static func apply(_ event: OrderEvent, orderID: String, _ recorded: RecordedEvent, _ db: Database) throws {
        switch event {
        case .paymentRequested(let e):
            try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO rm_pending_payments(order_id, idempotency_key, requested_at, position)
                VALUES (?, ?, ?, ?)
                """).execute(arguments: [orderID, e.idempotencyKey, e.at.timeIntervalSince1970, recorded.position])
        case .paymentApproved, .paymentDeclined, .cancelled, .rejected:
            try db.cachedStatement(sql: "DELETE FROM rm_pending_payments WHERE order_id = ?").execute(arguments: [orderID])
        default:
            break
        }
    }
}
