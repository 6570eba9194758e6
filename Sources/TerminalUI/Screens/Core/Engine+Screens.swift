import DeliveryDomain
import DeliveryEngine
import Foundation

// Conformances and derived values the screens need from the engine's read models, written
// with their public API only. Identifiable lets lists keep the selected row when a live
// refresh inserts rows above it.

extension OrderSummary: Identifiable {}

extension NotificationEntry: Identifiable {
    public var id: Int64 { position }
}

extension OrderSummary {
    /// How far the food has travelled, 0...1, once delivery has started; never 1 until the
    /// rider marks it delivered (mirrors `OrderState.deliveryProgress`).
    func deliveryProgress(at now: Date) -> Double? {
        if deliveredAt != nil { return 1 }
        guard let start = deliveryStartedAt, let travelMinutes,
            orderStatus == .deliveryStarted || orderStatus == .pickedUp
        else { return nil }
        let fraction = now.timeIntervalSince(start) / (Double(travelMinutes) * 60)
        return min(max(fraction, 0), 0.99)
    }

    /// Whether the customer may still cancel: only before the store confirms.
    var isCancellable: Bool {
        orderStatus == .awaitingPayment || orderStatus == .awaitingConfirmation
    }

    /// The customer's name as the owner and rider see it (account ids are folded names).
    var customerName: String { customerId }
}
