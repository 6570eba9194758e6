import DeliveryDomain
import Foundation
import GRDB
import Payments

/// An order that ended (cancelled, or given up when its payment stayed unanswered) while a payment
/// request was still out: the gateway may hold an authorisation on the customer's card for it.
public struct CardHoldToRelease: Sendable, Equatable {
    public let order: OrderID
    public let idempotencyKey: String
    public let endedAt: Date

    public init(order: OrderID, idempotencyKey: String, endedAt: Date) {
        self.order = order
        self.idempotencyKey = idempotencyKey
        self.endedAt = endedAt
    }
}

/// What releasing one hold found at the processor.
public enum CardHoldRelease: Sendable, Equatable {
    /// Nothing was charged, and no authorisation is left open under the key.
    case released
    /// The capture had landed after all: the approval is recorded on the order and refunded.
    case refunded(paymentID: String)
    /// The processor could not be asked; the hold is tried again on the next pass.
    case unreconciled(reason: String)
}

extension DeliveryEngine {
    /// The holds still to release, oldest first, from the read model (no log scan).
    public func cardHoldsToRelease(limit: Int = 100) async throws(DeliveryError) -> [CardHoldToRelease] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT order_id, idempotency_key, ended_at FROM rm_holds_to_release ORDER BY position LIMIT ?
                    """, arguments: [limit]
            ).map {
                CardHoldToRelease(
                    order: OrderID($0["order_id"]), idempotencyKey: $0["idempotency_key"],
                    endedAt: Date(timeIntervalSince1970: $0["ended_at"]))
            }
        }
    }

    /// Makes sure an order that ended unpaid leaves nothing on the customer's card: the processor
    /// voids any authorisation made under the request's key and never captured (a worker killed
    /// between authorise and capture leaves one). If the capture had landed, the money moved: the
    /// approval is recorded, which the order answers with a refund, and the refund is issued.
    ///
    /// Once the processor has answered, ``OrderEvent/CardHoldReleased`` is appended to the order,
    /// and the read model drops the row when it sees it. Repeating this is safe (the void is
    /// idempotent by key, and the order records the release once). Logs from before the event
    /// list their old holds again after a rebuild; each costs a look-up and then gets its event.
    public func releaseCardHold(_ hold: CardHoldToRelease) async throws(DeliveryError) -> CardHoldRelease {
        let key = hold.idempotencyKey
        let outcome: ChargeOutcome?
        do {
            outcome = try await payments.voidAuthorization(idempotencyKey: key)
        } catch {
            return .unreconciled(reason: "\(error)")
        }
        var result = CardHoldRelease.released
        if case .approved(let paymentID)? = outcome {
            let recorded = try await run(OrderDecider.self, Streams.order(hold.order), actor: "payments") { _, now in
                .recordPaymentApproved(idempotencyKey: key, paymentID: paymentID, now: now)
            }
            await issueRefunds(recorded.events, order: hold.order)
            result = .refunded(paymentID: paymentID)
        }
        // On the order's stream, not a local row deletion: every process's read model, and any
        // rebuilt later, drops the hold; recording it twice appends once.
        _ = try await run(OrderDecider.self, Streams.order(hold.order), actor: "payments") { _, now in
            .releaseCardHold(idempotencyKey: key, now: now)
        }
        return result
    }

    /// An order cancelled while its payment was pending, in a process that charges in-process:
    /// no worker runs there, so the hold is released at once (the sandbox never holds one; this
    /// only reconciles and clears the row). With a gateway the worker does it, so a customer's
    /// cancellation never waits on a gateway that may be slow or down.
    func releaseCardHoldsInProcess(of order: OrderID) async {
        guard !queuesPayments else { return }
        let holds = try? await read { db in
            try Row.fetchAll(
                db, sql: "SELECT idempotency_key, ended_at FROM rm_holds_to_release WHERE order_id = ?",
                arguments: [order.rawValue]
            ).map {
                CardHoldToRelease(order: order, idempotencyKey: $0["idempotency_key"], endedAt: Date(timeIntervalSince1970: $0["ended_at"]))
            }
        }
        for hold in holds ?? [] { _ = try? await releaseCardHold(hold) }
    }
}
