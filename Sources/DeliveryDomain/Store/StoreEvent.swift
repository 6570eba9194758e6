import Foundation

public enum StoreEvent: Sendable, Equatable {
    case registered(Registered)
    case menuItemAdded(MenuItemAdded)
    case menuItemEdited(MenuItemEdited)
    case soldOutChanged(SoldOutChanged)
    case modeChanged(ModeChanged)
    case hoursChanged(HoursChanged)
    case settingsChanged(SettingsChanged)

    public struct Registered: Codable, Sendable, Equatable {
        public let store: StoreID
        public let owner: AccountID
        public let profile: StoreProfile
        public let settings: StoreSettings
        public let at: Date
    }
    public struct MenuItemAdded: Codable, Sendable, Equatable {
        public let item: MenuItem
        public let at: Date
    }
    public struct MenuItemEdited: Codable, Sendable, Equatable {
        public let item: MenuItemID
        public let name: String
        public let price: Won
        public let description: String
        public let at: Date
    }
    public struct SoldOutChanged: Codable, Sendable, Equatable {
        public let item: MenuItemID
        public let soldOut: Bool
        public let at: Date
    }
    public struct ModeChanged: Codable, Sendable, Equatable {
        public let mode: StoreMode
        public let at: Date
    }
    public struct HoursChanged: Codable, Sendable, Equatable {
        public let hours: OpeningHours
        public let at: Date
    }
    public struct SettingsChanged: Codable, Sendable, Equatable {
        public let settings: StoreSettings
        public let at: Date
    }
}
