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
    /// The customer's name as the owner and rider see it (account ids are folded names).
    var customerName: String { customerId.rawValue }
}
