import Foundation

/// How far the food has travelled, from 0 to 1, read off the clock.
///
/// The journey starts when the store starts delivery (the travel time it gives is counted from
/// then, and the arrival estimate with it), so the customer, the store and the rider all see
/// the same bar move from that moment, whether or not the rider has picked the food up yet.
/// It never says 1 until the rider marks the order delivered: a late rider is not an arrival.
///
///     DeliveryProgress.fraction(status: .pickedUp, deliveryStartedAt: start, travelMinutes: 10,
///                               deliveredAt: nil, at: start + 5 * 60)   // 0.5
public enum DeliveryProgress {
    /// The share of the journey behind it; nil before delivery started, or for an order that
    /// stopped without being delivered.
    public static func fraction(
        status: OrderStatus, deliveryStartedAt: Date?, travelMinutes: Int?, deliveredAt: Date?, at now: Date
    ) -> Double? {
        if deliveredAt != nil { return 1 }
        guard isUnderWay(status), let start = deliveryStartedAt, let travelMinutes else { return nil }
        let fraction = now.timeIntervalSince(start) / (Double(travelMinutes) * 60)
        return min(max(fraction, 0), 0.99)
    }

    /// The food has left the store and has not arrived: "delivery started" or "picked up".
    public static func isUnderWay(_ status: OrderStatus) -> Bool {
        status == .deliveryStarted || status == .pickedUp
    }
}
