import Foundation

/// A store as its events leave it: what ``StoreDecider`` decides on, and what an order's
/// placement reads to price the cart and check that the store takes orders.
public struct StoreState: Sendable, Equatable {
    /// Nil until registered.
    public var store: StoreID?
    /// The owner's account: the only one who may change the store.
    public var owner: AccountID?
    public var profile: StoreProfile?
    public var settings: StoreSettings = .standard
    public var mode: StoreMode = .open
    /// The dishes in the order they were added, sold-out ones included, removed ones not.
    public var menu: [MenuItem] = []
    /// The names of dishes taken off the menu, by id: a cart still holding one is refused by
    /// name, and the id is never given to a new dish.
    public var removedItems: [MenuItemID: String] = [:]

    /// Whether the store has been registered.
    public var exists: Bool { store != nil }
    /// The store's name; empty before registration.
    public var name: String { profile?.name ?? "" }

    /// The dish with this id, if it is on the menu.
    public func item(_ id: MenuItemID) -> MenuItem? { menu.first { $0.id == id } }
    /// Names that read the same (``NameKey``) are one item: the first added answers.
    public func item(named name: String) -> MenuItem? {
        let wanted = NameKey(name)
        return menu.first { NameKey($0.name) == wanted }
    }

    /// The cooking estimate a customer sees now: longer while the store is busy.
    public var currentPrepMinutes: Int {
        settings.prepMinutes + (mode == .busy ? settings.busyExtraMinutes : 0)
    }

    /// Why the store takes no order at this instant, or nil when it does: not registered,
    /// paused, or outside its opening hours. Sold-out dishes and the minimum order are the
    /// cart's questions, asked when the order is placed.
    ///
    ///     store.refusalToOrder(at: now)   // nil, or e.g. .storeClosed(name: "홍콩반점", hours: "10:00-22:00")
    public func refusalToOrder(at now: Date) -> RuleViolation? {
        guard let profile else { return .unknownStore(store?.rawValue ?? "?") }
        if mode == .paused { return .storePaused(name: profile.name) }
        if !profile.hours.isOpen(at: now) { return .storeClosed(name: profile.name, hours: profile.hours.description) }
        return nil
    }
}
