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
    /// Lists, registers or removes the signed-in person's SSH keys (``SessionServices/keys``).
    case sshKeys(KeyRequest)
    /// Keeps the customer's cart for their next session (``DeliveryEngine/saveCart(_:as:)``);
    /// answered only when it fails (``AppMessage/cartNotSaved(_:)``).
    case saveCart(Cart, by: Actor)
    /// Changes the signed-in person's password, given the current one.
    case changePassword(current: Secret, new: Secret, as: Actor)
    case quit
}

/// What the SSH keys page asks of the key registry, always for the session's own account.
public enum KeyRequest: Equatable, Sendable {
    case list(account: String)
    /// One pasted OpenSSH public key line.
    case register(line: String, account: String)
    case remove(fingerprint: String, account: String)

    public var account: String {
        switch self {
        case .list(let account), .register(_, let account), .remove(_, let account): account
        }
    }
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
    /// A store's sales, asked as its owner: the engine refuses anyone else.
    case sales(StoreID, Actor)
    case reviews(StoreID)
    /// A page of a store's finished orders, newest first, from `after` on (nil: the newest),
    /// asked as its owner: the engine refuses anyone else.
    case pastOrders(StoreID, Actor, after: PastOrdersCursor?)
    /// One of the owner's orders in full, for the past orders' detail.
    case pastOrder(OrderID, Actor)
    case openJobs
    /// One of the customer's orders in detail: a payment still pending, a decline, its place in a queue.
    case tracking(OrderID, Actor)
    /// A store's waiting queue and kitchen capacity, for its owner.
    case admission(StoreID)
    case riderJobs(Actor, finished: Bool)
    /// One order folded from its stream, as an actor who may see it: the owner asks how an
    /// order that left the incoming list ended (the customer cancelled, or time ran out).
    case orderState(OrderID, Actor)
    /// The customer's own account: saved addresses and remembered cards.
    case account(Actor)
    /// The cart the customer left, checked against its store now; asked once, at sign-in.
    case savedCart(Actor)
    /// The account's password revision now, to tell whether the session's sign-in still holds.
    case passwordRevision(AccountID)
}
