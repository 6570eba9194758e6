import Foundation

/// The instants an order's facts imply: when the store must have confirmed it, when the food
/// should be ready, when it should arrive. Each is stated once here, and the order's state, its
/// read-model row and the screens all ask.
///
///     OrderTimes.readyAt(confirmedAt: confirmed, cookMinutes: 20)   // confirmed + 20 minutes
public enum OrderTimes {
    /// After this instant a paid, unconfirmed order is cancelled by the system.
    ///
    /// The window opens when the order reaches the store: at payment, or, for an order that
    /// waited in the store's kitchen queue, when it was admitted (the store could not see it
    /// before, so it could not have confirmed it).
    ///
    /// - Parameters:
    ///   - opened: the payment, or the admission from the kitchen queue.
    ///   - autoCancelMinutes: the store's setting, fixed on the order when it was placed.
    public static func confirmationDeadline(opened: Date, autoCancelMinutes: Int) -> Date {
        opened.addingTimeInterval(Double(autoCancelMinutes) * 60)
    }

    /// When the store said the food would be ready: confirmation plus the cooking time it gave.
    public static func readyAt(confirmedAt: Date?, cookMinutes: Int?) -> Date? {
        guard let confirmedAt, let cookMinutes else { return nil }
        return confirmedAt.addingTimeInterval(Double(cookMinutes) * 60)
    }

    /// When the food should arrive: delivery's start plus the travel time the store gave.
    public static func arrivalAt(deliveryStartedAt: Date?, travelMinutes: Int?) -> Date? {
        guard let deliveryStartedAt, let travelMinutes else { return nil }
        return deliveryStartedAt.addingTimeInterval(Double(travelMinutes) * 60)
    }
}
