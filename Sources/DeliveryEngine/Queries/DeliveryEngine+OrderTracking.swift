import DeliveryDomain
import Foundation
import GRDB

/// What the customer's tracking page needs beyond the order's row: whether a payment request
/// is still waiting for the processor (and since when), why the last card was declined, whether
/// the system gave up on an unpaid order, and the order's place in the store's queue.
///
/// Folded from the order's own stream, so it is exact whatever the read models say.
public struct OrderTracking: Sendable, Equatable {
    public let order: OrderID
    /// When the payment request still unanswered was made; nil when none is waiting.
    public let paymentPendingSince: Date?
    /// The reason of the last decline, while the order still waits for payment after it.
    public let declineReason: String?
    /// The system cancelled the order before it was paid: the payment limit passed.
    public let cancelledUnpaid: Bool
    /// How long a payment request may wait before the order is given up (``PaymentDeadline``).
    public let paymentLimitMinutes: Int
    /// Where the order stands in the store's queue; nil when it is not queued.
    public let queue: QueuePlace?

    public init(
        order: OrderID, paymentPendingSince: Date? = nil, declineReason: String? = nil,
        cancelledUnpaid: Bool = false, paymentLimitMinutes: Int = PaymentDeadline.defaultMinutes,
        queue: QueuePlace? = nil
    ) {
        self.order = order
        self.paymentPendingSince = paymentPendingSince
        self.declineReason = declineReason
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
        return OrderTracking(
            order: order,
            paymentPendingSince: awaitingPayment ? state.pendingPayment?.at : nil,
            declineReason: awaitingPayment && state.pendingPayment == nil ? state.declines.last?.reason : nil,
            cancelledUnpaid: cancelledUnpaid, queue: queue)
    }
}
