import Foundation

public enum StoreCommand: Sendable {
    case register(StoreID, StoreProfile, StoreSettings, by: Actor, now: Date)
    case addMenuItem(MenuItemID, name: String, price: Won, description: String, by: Actor, now: Date)
    case editMenuItem(MenuItemID, name: String?, price: Won?, description: String?, by: Actor, now: Date)
    case setSoldOut(MenuItemID, Bool, by: Actor, now: Date)
    case setMode(StoreMode, by: Actor, now: Date)
    case setHours(OpeningHours, by: Actor, now: Date)
    case changeSettings(StoreSettings, by: Actor, now: Date)
}
