import DeliveryDomain
import Foundation

/// The outbox the payment worker reads (`rm_pending_payments`): a request joins when it is
/// recorded and leaves as soon as it is answered or the order stops. An order that stops with
/// its request unanswered moves it to the card holds to release (`rm_holds_to_release`,
/// ``DeliveryEngine/releaseCardHolds(limit:)``).
enum PendingPaymentProjection {
    /// A payment request not yet answered: a row of `rm_pending_payments`.
    struct Request: Sendable, Equatable {
        let idempotencyKey: String
        let requestedAt: Date
        let position: Int64
    }

    /// An order that ended with its request unanswered: a row of `rm_holds_to_release`, until
    /// the order's ``OrderEvent/CardHoldReleased`` says the processor has answered.
    struct Hold: Sendable, Equatable {
        let idempotencyKey: String
        let endedAt: Date
        let position: Int64
    }

    static func evolve(_ state: inout ReadModelState, _ event: OrderEvent, order id: String, position: Int64) throws {
        switch event {
        case .paymentRequested(let e):
            state.pendingPayments.set(id, Request(idempotencyKey: e.idempotencyKey, requestedAt: e.at, position: position))
        case .cancelled, .rejected:
            // Ended with a request unanswered: its authorisation, if any, is released by the worker.
            if let request = try state.pendingPayment(id) {
                state.holdsToRelease.set(id, Hold(idempotencyKey: request.idempotencyKey, endedAt: event.at, position: position))
                state.pendingPayments.set(id, nil)
            }
        case .paymentApproved, .paymentDeclined:
            state.pendingPayments.set(id, nil)
        case .cardHoldReleased:
            state.holdsToRelease.set(id, nil)
        default:
            break
        }
    }
}
