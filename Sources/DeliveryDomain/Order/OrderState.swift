import Foundation

public struct OrderState: Sendable, Equatable {
    public var placed: OrderEvent.Placed?
    public var status: OrderStatus = .awaitingPayment
    public var pendingPayment: OrderEvent.PaymentRequested?
    /// Every payment request ever made for the order, so a late answer is still recognised.
    public var requestedPaymentKeys: [String] = []
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

    /// After this instant an unconfirmed paid order is cancelled by the system.
    public var confirmationDeadline: Date? {
        guard status == .awaitingConfirmation, !waitingInKitchenQueue, let start = admittedAt ?? paidAt, let placed else { return nil }
        return start.addingTimeInterval(Double(placed.autoCancelMinutes) * 60)
    }

    public var estimatedReadyAt: Date? {
        guard let confirmedAt, let cookMinutes else { return nil }
        return confirmedAt.addingTimeInterval(Double(cookMinutes) * 60)
    }

    public var estimatedArrivalAt: Date? {
        guard let deliveryStartedAt, let travelMinutes else { return nil }
        return deliveryStartedAt.addingTimeInterval(Double(travelMinutes) * 60)
    }

    /// How far the food has travelled, 0...1, derived from the clock once delivery has started.
    public func deliveryProgress(at now: Date) -> Double? {
        if deliveredAt != nil { return 1 }
        guard let start = deliveryStartedAt, let travelMinutes, status == .deliveryStarted || status == .pickedUp
        else { return nil }
        let fraction = now.timeIntervalSince(start) / (Double(travelMinutes) * 60)
        // Until the rider marks it delivered, never claim it has arrived.
        return min(max(fraction, 0), 0.99)
    }

    public var reviewWindow: ReviewWindow? { deliveredAt.map(ReviewWindow.init(deliveredAt:)) }
}
