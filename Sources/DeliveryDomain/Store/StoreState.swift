import Foundation

public struct StoreState: Sendable, Equatable {
    public var store: StoreID?
    public var owner: AccountID?
    public var profile: StoreProfile?
    public var settings: StoreSettings = .standard
    public var mode: StoreMode = .open
    public var menu: [MenuItem] = []

    public var exists: Bool { store != nil }
    public var name: String { profile?.name ?? "" }

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

    /// Why the store takes no order at this instant, or nil when it does.
    public func refusalToOrder(at now: Date) -> RuleViolation? {
        guard let profile else { return .unknownStore(store?.rawValue ?? "?") }
        if mode == .paused { return .storePaused(name: profile.name) }
        if !profile.hours.isOpen(at: now) { return .storeClosed(name: profile.name, hours: profile.hours.description) }
        return nil
    }
}
