import Foundation

/// One order as its events leave it: ``OrderDecider`` folds them into this, and decides the
/// next command against it. It holds facts (what happened, when); what they imply (the
/// deadline, the estimates, the delivery's progress, whether the customer may cancel) is asked
/// of the rules in this folder, so the read model and the screens get the same answers.
///
///     let state = OrderDecider.fold(events)
///     state.estimatedArrivalAt        // delivery started + travel minutes
public struct OrderState: Sendable, Equatable {
    public var placed: OrderEvent.Placed?
    public var status: OrderStatus = .awaitingPayment
    public var pendingPayment: OrderEvent.PaymentRequested?
    /// Every payment request ever made for the order, so a late answer is still recognised.
    public var requestedPaymentKeys: [String] = []
    /// Requests whose card hold the processor has released since the order ended unpaid.
    public var releasedHoldKeys: [String] = []
    public var payment: OrderEvent.PaymentApproved?
    public var paidAt: Date?
    /// When a queued order was let into the kitchen; its confirmation window starts then.
    public var admittedAt: Date?
    /// Paid into a full kitchen: the order waits in the store's queue (status awaitingConfirmation,
    /// but the store neither sees it nor can confirm it, and no confirmation deadline runs).
    public var waitingInKitchenQueue = false
    public var declines: [OrderEvent.PaymentDeclined] = []
    public var confirmedAt: Date?
    public var cookMinutes: Int?
    public var rider: AccountID?
    public var deliveryStartedAt: Date?
    public var travelMinutes: Int?
    public var pickedUpAt: Date?
    public var deliveredAt: Date?
    public var cancellation: OrderEvent.Cancelled?
    public var rejection: OrderEvent.Rejected?
    public var refund: OrderEvent.Refunded?
    public var review: OrderEvent.Reviewed?
    public var reply: OrderEvent.ReviewReplied?

    public var exists: Bool { placed != nil }
    public var id: OrderID? { placed?.order }

    /// After this instant an unconfirmed paid order is cancelled by the system; nil when no
    /// deadline runs (unpaid, waiting in the kitchen queue, confirmed or stopped).
    /// See ``OrderTimes/confirmationDeadline(opened:autoCancelMinutes:)``.
    public var confirmationDeadline: Date? {
        guard status == .awaitingConfirmation, !waitingInKitchenQueue, let opened = admittedAt ?? paidAt, let placed
        else { return nil }
        return OrderTimes.confirmationDeadline(opened: opened, autoCancelMinutes: placed.autoCancelMinutes)
    }

    /// When the food should be ready, once confirmed (``OrderTimes/readyAt(confirmedAt:cookMinutes:)``).
    public var estimatedReadyAt: Date? {
        OrderTimes.readyAt(confirmedAt: confirmedAt, cookMinutes: cookMinutes)
    }

    /// When the food should arrive, once delivery started (``OrderTimes/arrivalAt(deliveryStartedAt:travelMinutes:)``).
    public var estimatedArrivalAt: Date? {
        OrderTimes.arrivalAt(deliveryStartedAt: deliveryStartedAt, travelMinutes: travelMinutes)
    }

    /// How far the food has travelled, 0...1 (``DeliveryProgress``).
    public func deliveryProgress(at now: Date) -> Double? {
        DeliveryProgress.fraction(
            status: status, deliveryStartedAt: deliveryStartedAt, travelMinutes: travelMinutes,
            deliveredAt: deliveredAt, at: now)
    }

    /// Whether the customer may still cancel (``CustomerCancellation``).
    public var customerCancellation: CustomerCancellation { CustomerCancellation.standing(of: status) }

    public var reviewWindow: ReviewWindow? { deliveredAt.map(ReviewWindow.init(deliveredAt:)) }
}
