import Foundation

/// What happened to a store, as recorded on its stream. The payloads are the log's format:
/// fields are added with defaults, never renamed. `at` is when it happened, by the engine's clock.
public enum StoreEvent: Sendable, Equatable {
    case registered(Registered)
    case menuItemAdded(MenuItemAdded)
    case menuItemEdited(MenuItemEdited)
    case menuItemRemoved(MenuItemRemoved)
    case soldOutChanged(SoldOutChanged)
    case modeChanged(ModeChanged)
    case hoursChanged(HoursChanged)
    case settingsChanged(SettingsChanged)
    case profileUpdated(ProfileUpdated)

    /// The store opened for business, with its validated profile and settings.
    public struct Registered: Codable, Sendable, Equatable {
        public let store: StoreID
        public let owner: AccountID
        public let profile: StoreProfile
        public let settings: StoreSettings
        public let at: Date
    }
    /// A dish went on the menu.
    public struct MenuItemAdded: Codable, Sendable, Equatable {
        public let item: MenuItem
        public let at: Date
    }
    /// A dish's name, price or description changed; every field holds the value after.
    public struct MenuItemEdited: Codable, Sendable, Equatable {
        public let item: MenuItemID
        public let name: String
        public let price: Won
        public let description: String
        public let at: Date
    }
    /// A dish was taken off the menu for good. Orders placed before keep their lines.
    public struct MenuItemRemoved: Codable, Sendable, Equatable {
        public let item: MenuItemID
        public let at: Date
    }
    /// A dish was marked sold out, or back on sale.
    public struct SoldOutChanged: Codable, Sendable, Equatable {
        public let item: MenuItemID
        public let soldOut: Bool
        public let at: Date
    }
    /// The store went open, busy or paused.
    public struct ModeChanged: Codable, Sendable, Equatable {
        public let mode: StoreMode
        public let at: Date
    }
    /// The opening hours changed.
    public struct HoursChanged: Codable, Sendable, Equatable {
        public let hours: OpeningHours
        public let at: Date
    }
    /// The auto-cancel time or cooking estimates changed. An order placed before keeps
    /// the auto-cancel time it was placed with.
    public struct SettingsChanged: Codable, Sendable, Equatable {
        public let settings: StoreSettings
        public let at: Date
    }
    /// The owner edited the store's details; `profile` is the whole validated profile after,
    /// its name and business number as registered. Orders placed before keep the delivery fee
    /// they were placed with (``OrderEvent``'s placement holds its own), and the minimum order
    /// is asked only when an order is placed.
    public struct ProfileUpdated: Codable, Sendable, Equatable {
        public let profile: StoreProfile
        public let at: Date
    }
}
