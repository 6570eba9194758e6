import DeliveryDomain
import Foundation
import GRDB

/// What the customer's tracking page needs beyond the order's row: whether a payment request
/// is still waiting for the processor (and since when), why the last card was declined or that
/// the processor failed, whether the system gave up on an unpaid order, and the order's place in
/// the store's queue.
///
/// Folded from the order's own stream, so it is exact whatever the read models say.
public struct OrderTracking: Sendable, Equatable {
    public let order: OrderID
    /// When the payment request still unanswered was made; nil when none is waiting.
    public let paymentPendingSince: Date?
    /// The reason of the last decline, while the order still waits for payment after it: the
    /// issuer's refusal only (a processor failure is ``paymentFailed``, and has no reason to show).
    public let declineReason: String?
    /// The last attempt ended because the processor failed, not the card: nothing was charged,
    /// and the order still waits for payment.
    public let paymentFailed: Bool
    /// The system cancelled the order before it was paid: the payment limit passed.
    public let cancelledUnpaid: Bool
    /// How long a payment request may wait before the order is given up (``PaymentDeadline``).
    public let paymentLimitMinutes: Int
    /// Where the order stands in the store's queue; nil when it is not queued.
    public let queue: QueuePlace?

    public init(
        order: OrderID, paymentPendingSince: Date? = nil, declineReason: String? = nil, paymentFailed: Bool = false,
        cancelledUnpaid: Bool = false, paymentLimitMinutes: Int = PaymentDeadline.defaultMinutes,
        queue: QueuePlace? = nil
    ) {
        self.order = order
        self.paymentPendingSince = paymentPendingSince
        self.declineReason = declineReason
        self.paymentFailed = paymentFailed
        self.cancelledUnpaid = cancelledUnpaid
        self.paymentLimitMinutes = paymentLimitMinutes
        self.queue = queue
    }
}

extension DeliveryEngine {
    /// The live details of one of the customer's orders, for its tracking page.
    public func orderTracking(_ order: OrderID, as actor: Actor) async throws(DeliveryError) -> OrderTracking {
        let state = try await orderState(order, as: actor)
        let awaitingPayment = state.status == .awaitingPayment
        let cancelledUnpaid = state.status == .cancelled && state.payment == nil && state.cancellation?.by == .system
        let queue = state.waitingInKitchenQueue ? try await queuePlace(order, as: actor) : nil
        let lastDecline = awaitingPayment && state.pendingPayment == nil ? state.declines.last : nil
        let failed = lastDecline?.outcome.isProcessorFailure == true
        return OrderTracking(
            order: order,
            paymentPendingSince: awaitingPayment ? state.pendingPayment?.at : nil,
            declineReason: failed ? nil : lastDecline?.reason, paymentFailed: failed,
            cancelledUnpaid: cancelledUnpaid, queue: queue)
    }
}
