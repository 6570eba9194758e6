import Foundation

/// The store's rules: only an owner registers a store, only its owner changes it, and its
/// menu holds no two dishes whose names read the same. Its details are edited under the
/// registration's rules, but its name and business number stay as registered; a removed dish
/// is gone for good (its id is never used again).
///
///     let store = StoreDecider.fold(events)             // 홍콩반점, open, 짜장면 on the menu
///     try StoreDecider.decide(.addMenuItem(id, name: "짜장면", price: 7_000,
///                                          description: "", by: owner, now: now), store)
///     // throws RuleViolation.duplicateMenuItem("짜장면")
///
/// Whether a store takes an order now is ``StoreState/refusalToOrder(at:)``, asked by the
/// order's placement rather than decided here: an order never writes the store's stream.
public enum StoreDecider: Decider {
    /// Not registered yet.
    public static let initialState = StoreState()

    /// The events `command` records on the store, or the rule it breaks.
    public static func decide(_ command: StoreCommand, _ state: StoreState) throws(RuleViolation) -> [StoreEvent] {
        switch command {
        case .register(let id, let profile, let settings, let actor, let now):
            guard actor.role == .owner else { throw .wrongRole(expected: .owner, actual: actor.role) }
            guard !state.exists else { throw .storeAlreadyRegistered }
            let validated = try profile.validated()
            // A new name only: a store named before this rule keeps its name through edits.
            if let (first, second) = LookalikeScripts.mix(in: validated.name) {
                throw .invalidStoreDetail(.mixedScripts(first, second))
            }
            return [
                .registered(
                    .init(
                        store: id, owner: actor.account, profile: validated, settings: try settings.validated(), at: now))
            ]

        case .addMenuItem(let id, let rawName, let price, let description, let actor, let now):
            try requireOwner(actor, state)
            if let removed = state.removedItems[id] { throw .menuItemRemoved(removed) }
            let name = try MenuItem.validName(rawName)
            guard state.item(named: name) == nil else { throw .duplicateMenuItem(name) }
            let item = MenuItem(
                id: id, name: name, price: try MenuItem.validPrice(price),
                description: try MenuItem.validDescription(description))
            return [.menuItemAdded(.init(item: item, at: now))]

        case .editMenuItem(let id, let rawName, let price, let description, let actor, let now):
            try requireOwner(actor, state)
            let item = try onMenu(id, state)
            let name = try rawName.map { (n) throws(RuleViolation) in try MenuItem.validName(n) } ?? item.name
            if let other = state.item(named: name), other.id != id { throw .duplicateMenuItem(name) }
            let newPrice = try price.map { (p) throws(RuleViolation) in try MenuItem.validPrice(p) } ?? item.price
            return [
                .menuItemEdited(
                    .init(
                        item: id, name: name, price: newPrice,
                        description: try description.map { (d) throws(RuleViolation) in
                            try MenuItem.validDescription(d)
                        } ?? item.description, at: now))
            ]

        case .removeMenuItem(let id, let actor, let now):
            try requireOwner(actor, state)
            _ = try onMenu(id, state)
            return [.menuItemRemoved(.init(item: id, at: now))]

        case .setSoldOut(let id, let soldOut, let actor, let now):
            try requireOwner(actor, state)
            let item = try onMenu(id, state)
            guard item.soldOut != soldOut else { return [] }
            return [.soldOutChanged(.init(item: id, soldOut: soldOut, at: now))]

        case .setMode(let mode, let actor, let now):
            try requireOwner(actor, state)
            guard state.mode != mode else { throw .modeUnchanged(mode.rawValue) }
            return [.modeChanged(.init(mode: mode, at: now))]

        case .setHours(let hours, let actor, let now):
            try requireOwner(actor, state)
            return [.hoursChanged(.init(hours: hours, at: now))]

        case .changeSettings(let settings, let actor, let now):
            try requireOwner(actor, state)
            return [.settingsChanged(.init(settings: try settings.validated(), at: now))]

        case .updateProfile(let profile, let actor, let now):
            try requireOwner(actor, state)
            guard let current = state.profile else { throw .unknownStore("?") }
            let updated = try profile.validated()
            // Renaming would need the new name's claim appended with the edit and the old one
            // released: a store keeps the name it registered, as customers and orders know it.
            guard updated.name == current.name else {
                throw .storeNameFixed(current.name)
            }
            guard updated.businessNumber == current.businessNumber else { throw .businessNumberFixed(current.businessNumber) }
            // A form saved unchanged (or a retried edit) is not a mistake: nothing to record.
            guard updated != current else { return [] }
            return [.profileUpdated(.init(profile: updated, at: now))]
        }
    }

    /// The dish on the menu, or why there is none: removed (said by name) or never added.
    private static func onMenu(_ id: MenuItemID, _ state: StoreState) throws(RuleViolation) -> MenuItem {
        if let item = state.item(id) { return item }
        if let removed = state.removedItems[id] { throw .menuItemRemoved(removed) }
        throw .unknownMenuItem(id.rawValue)
    }

    private static func requireOwner(_ actor: Actor, _ state: StoreState) throws(RuleViolation) {
        guard state.exists else { throw .unknownStore("?") }
        guard actor.role == .owner else { throw .wrongRole(expected: .owner, actual: actor.role) }
        guard state.owner == actor.account else { throw .notYourStore }
    }

    public static func evolve(_ state: StoreState, _ event: StoreEvent) -> StoreState {
        var next = state
        switch event {
        case .registered(let e):
            next.store = e.store
            next.owner = e.owner
            next.profile = e.profile
            next.settings = e.settings
        case .menuItemAdded(let e):
            next.menu.append(e.item)
        case .menuItemEdited(let e):
            if let index = next.menu.firstIndex(where: { $0.id == e.item }) {
                next.menu[index].name = e.name
                next.menu[index].price = e.price
                next.menu[index].description = e.description
            }
        case .menuItemRemoved(let e):
            if let index = next.menu.firstIndex(where: { $0.id == e.item }) {
                next.removedItems[e.item] = next.menu[index].name
                next.menu.remove(at: index)
            }
        case .soldOutChanged(let e):
            if let index = next.menu.firstIndex(where: { $0.id == e.item }) { next.menu[index].soldOut = e.soldOut }
        case .modeChanged(let e):
            next.mode = e.mode
        case .hoursChanged(let e):
            next.profile?.hours = e.hours
        case .settingsChanged(let e):
            next.settings = e.settings
        case .profileUpdated(let e):
            next.profile = e.profile
        }
        return next
    }
}
