import DeliveryDomain
import DeliveryEngine

/// Something a screen wants done outside itself. `update` returns effects as values and the
/// session's runtime performs them, feeding each result back as an ``AppMessage``; so every
/// screen's logic is testable by looking at the effects it asks for.
public enum Effect: Equatable, Sendable {
    case signIn(name: String, password: Secret)
    case signUp(name: String, role: Role, password: Secret)
    /// Runs `fixtures/sample-stores.baedal` against the database.
    case loadSampleStores
    /// Hands the terminal to `baedal demo` and takes it back when the demo ends.
    case launchDemo
    case fetch(Fetch)
    case send(Action)
    case quit
}

/// A read of the read models. Screens ask again whenever the log's head moves.
public enum Fetch: Hashable, Sendable {
    /// How many stores the database has: the launcher offers the samples when none.
    case storeCount
    case stores(search: String, category: String?, for: Actor)
    case categories
    /// The store folded from its own stream: profile, mode, settings and menu.
    case store(StoreID)
    /// The customer's orders of the last three months, newest first.
    case history(Actor)
    case notifications(Actor)
    case ownedStores(Actor)
    /// The owner's orders still under way: incoming, cooking and on the road.
    case activeStoreOrders(Actor)
    case sales(StoreID)
    case reviews(StoreID)
    case openJobs
    case riderJobs(Actor, finished: Bool)
}

/// A change a person asks for. Each maps to one engine command.
public enum Action: Equatable, Sendable {
    case checkout(store: StoreID, lines: [CartLine], card: CardEntry, by: Actor)
    case pay(OrderID, card: CardEntry, by: Actor)
    case cancel(OrderID, by: Actor)
    case favourite(StoreID, Bool, by: Actor)
    case markNotificationsRead(by: Actor)
    case review(OrderID, rating: Int, text: String, by: Actor)
    case confirm(OrderID, cookMinutes: Int, by: Actor)
    case reject(OrderID, reason: String, by: Actor)
    case startDelivery(OrderID, travelMinutes: Int, by: Actor)
    case setMode(StoreMode, store: StoreID, by: Actor)
    case setHours(OpeningHours, store: StoreID, by: Actor)
    case changeSettings(StoreSettings, store: StoreID, by: Actor)
    case addMenuItem(store: StoreID, name: String, price: Won, description: String, by: Actor)
    case editMenuItem(MenuItemID, store: StoreID, name: String, price: Won, description: String, by: Actor)
    case setSoldOut(MenuItemID, store: StoreID, Bool, by: Actor)
    case reply(OrderID, text: String, by: Actor)
    case acceptJob(OrderID, by: Actor)
    case pickUp(OrderID, by: Actor)
    case markDelivered(OrderID, by: Actor)
}

/// What a successful action produced, when there is more to say than "done".
public enum ActionOutcome: Equatable, Sendable {
    case done
    /// The order was placed; the payment's outcome if a card was charged.
    case placed(OrderID, PaymentResult?)
    case payment(PaymentResult)
}
