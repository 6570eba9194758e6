import DeliveryDomain
import Foundation
import GRDB
import Payments

/// A payment request not yet answered, as the outbox read model lists it.
public struct PendingPayment: Sendable, Equatable {
    public let order: OrderID
    public let idempotencyKey: String
    public let requestedAt: Date
}

/// What the worker did about one request that waited past the limit.
public enum PaymentExpiry: Sendable, Equatable {
    /// The processor had charged it after all: the approval is recorded instead.
    case paid(paymentID: String)
    case declined(reason: String)
    /// Nothing was charged: the order is cancelled by the system.
    case cancelled
    /// The processor could not be asked; the request keeps waiting until it can be.
    case unreconciled(reason: String)
}

extension DeliveryEngine {
    /// The oldest unanswered payment requests first, from the outbox read model (no log scan).
    public func pendingPayments(limit: Int = 100) async throws(DeliveryError) -> [PendingPayment] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT order_id, idempotency_key, requested_at FROM rm_pending_payments ORDER BY position LIMIT ?
                    """, arguments: [limit]
            ).map {
                PendingPayment(
                    order: OrderID($0["order_id"]), idempotencyKey: $0["idempotency_key"],
                    requestedAt: Date(timeIntervalSince1970: $0["requested_at"]))
            }
        }
    }

    /// Gives up on a request unanswered past `limitSeconds` — but first has the processor void, by the
    /// request's idempotency key, any authorisation left open (a charge stopped between authorise and
    /// capture holds money on the card) and say whether it was charged after all: if so the approval
    /// is recorded (never a charged order cancelled as unpaid); if the processor cannot be asked,
    /// nothing changes. "Nothing was charged" is then true of the card too, not only of the log.
    public func expirePayment(_ order: OrderID, limitSeconds: TimeInterval) async throws(DeliveryError) -> PaymentExpiry {
        let state = try await orderState(order)
        guard let request = state.pendingPayment, state.status == .awaitingPayment else {
            throw .refused(.notPayable(status: state.status))
        }
        let key = request.idempotencyKey
        let known: ChargeOutcome?
        do {
            known = try await payments.voidAuthorization(idempotencyKey: key)
        } catch {
            return .unreconciled(reason: "\(error)")
        }
        switch known {
        case .approved(let paymentID)?:
            _ = try await run(OrderDecider.self, Streams.order(order), actor: "payments") { _, now in
                .recordPaymentApproved(idempotencyKey: key, paymentID: paymentID, now: now)
            }
            return .paid(paymentID: paymentID)
        case .declined(let reason)?:
            let text = reason.message
            _ = try await run(OrderDecider.self, Streams.order(order), actor: "payments") { _, now in
                .recordPaymentDeclined(idempotencyKey: key, reason: text, cause: .refused(reason), now: now)
            }
            return .declined(reason: text)
        case nil:
            let outcome = try await run(OrderDecider.self, Streams.order(order), actor: "system") { _, now in
                .expirePayment(limitSeconds: limitSeconds, now: now)
            }
            await releaseStock(ofStopped: outcome.events, order: order, lines: state.placed?.lines ?? [])
            return .cancelled
        }
    }
}
