import DeliveryDomain
import DeliveryEngine
import Payments

/// A change a person asks for. Each maps to one engine command.
public enum Action: Equatable, Sendable {
    /// A typed card is the payment module's ``CardDetails`` (it prints as brand and last four
    /// only); a remembered one carries its CVC as a ``CardSecurityCode``, printed as dots.
    case checkout(store: StoreID, lines: [CartLine], payment: CheckoutPayment, deliverTo: DeliveryAddress?, by: Actor)
    case pay(OrderID, payment: CheckoutPayment, by: Actor)
    case addAddress(String, note: String?, makeDefault: Bool, by: Actor)
    case removeAddress(String, by: Actor)
    case setDefaultAddress(String, by: Actor)
    case forgetCard(String, by: Actor)
    case cancel(OrderID, by: Actor)
    case favourite(StoreID, Bool, by: Actor)
    case markNotificationsRead(by: Actor)
    /// The customer opened one notification, the one written at this log position.
    case markNotificationRead(at: Int64, by: Actor)
    case review(OrderID, rating: Int, text: String, by: Actor)
    case confirm(OrderID, cookMinutes: Int, by: Actor)
    case reject(OrderID, reason: String, by: Actor)
    case startDelivery(OrderID, travelMinutes: Int, by: Actor)
    case setMode(StoreMode, store: StoreID, by: Actor)
    case setHours(OpeningHours, store: StoreID, by: Actor)
    case changeSettings(StoreSettings, store: StoreID, by: Actor)
    /// Nil lifts the limit.
    case setKitchenCapacity(Int?, store: StoreID, by: Actor)
    case registerStore(StoreProfile, by: Actor)
    /// The store's details as the edit form holds them; name and business number unchanged.
    case updateStoreProfile(StoreProfile, store: StoreID, by: Actor)
    case addMenuItem(store: StoreID, name: String, price: Won, description: String, by: Actor)
    case editMenuItem(MenuItemID, store: StoreID, name: String, price: Won, description: String, by: Actor)
    case setSoldOut(MenuItemID, store: StoreID, Bool, by: Actor)
    /// `name` is the dish's, for the notice that says it is gone.
    case removeMenuItem(MenuItemID, store: StoreID, name: String, by: Actor)
    case reply(OrderID, text: String, by: Actor)
    case acceptJob(OrderID, by: Actor)
    /// The rider gives an accepted job back before pickup.
    case releaseJob(OrderID, by: Actor)
    case pickUp(OrderID, by: Actor)
    case markDelivered(OrderID, by: Actor)
}

/// What a successful action produced, when there is more to say than "done".
public enum ActionOutcome: Equatable, Sendable {
    case done
    /// The order was placed; the payment's outcome if a card was charged.
    case placed(OrderID, PaymentResult?)
    case payment(PaymentResult)
    /// A store was registered under this id.
    case registered(StoreID)
}
