import Foundation

/// What an owner asks of their store: register it, keep its menu, and run it day to day.
/// ``StoreDecider`` decides each on the store's stream (`store-<id>`); every command but
/// `register` is refused unless `by` is the store's owner.
public enum StoreCommand: Sendable {
    /// Registers the store under the owner who sends it. The profile and settings come as
    /// typed; the decider stores them validated. The name's claim is appended in the same step
    /// (see ``StoreNameClaimEvent``).
    case register(StoreID, StoreProfile, StoreSettings, by: Actor, now: Date)
    /// Puts a new dish on the menu.
    case addMenuItem(MenuItemID, name: String, price: Won, description: String, by: Actor, now: Date)
    /// Changes a dish; nil leaves that part as it is.
    case editMenuItem(MenuItemID, name: String?, price: Won?, description: String?, by: Actor, now: Date)
    /// Takes a dish off the menu for good: it can no longer be ordered, and its id is never
    /// used again. Orders already placed keep their lines (``OrderLine`` holds name and price).
    case removeMenuItem(MenuItemID, by: Actor, now: Date)
    /// Marks a dish sold out (true) or back on sale; asking for what is already so records nothing.
    case setSoldOut(MenuItemID, Bool, by: Actor, now: Date)
    /// Open, busy or paused: see ``StoreMode``.
    case setMode(StoreMode, by: Actor, now: Date)
    case setHours(OpeningHours, by: Actor, now: Date)
    /// Replaces the store's details (address, category, hours, minimum order, delivery fee,
    /// payout account) with `profile`, validated as at registration. The name and the business
    /// number must stay as registered; an unchanged profile records nothing.
    case updateProfile(StoreProfile, by: Actor, now: Date)
    /// Replaces the auto-cancel time and cooking estimates.
    case changeSettings(StoreSettings, by: Actor, now: Date)
}
