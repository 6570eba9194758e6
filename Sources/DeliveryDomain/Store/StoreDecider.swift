import Foundation

/// The store's rules: only an owner registers a store, only its owner changes it, and its
/// menu holds no two dishes whose names read the same.
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
            return [
                .registered(
                    .init(
                        store: id, owner: actor.account, profile: try profile.validated(),
                        settings: try settings.validated(), at: now))
            ]

        case .addMenuItem(let id, let rawName, let price, let description, let actor, let now):
            try requireOwner(actor, state)
            let name = try MenuItem.validName(rawName)
            guard state.item(named: name) == nil else { throw .duplicateMenuItem(name) }
            let item = MenuItem(
                id: id, name: name, price: try MenuItem.validPrice(price),
                description: try MenuItem.validDescription(description))
            return [.menuItemAdded(.init(item: item, at: now))]

        case .editMenuItem(let id, let rawName, let price, let description, let actor, let now):
            try requireOwner(actor, state)
            guard let item = state.item(id) else { throw .unknownMenuItem(id.rawValue) }
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

        case .setSoldOut(let id, let soldOut, let actor, let now):
            try requireOwner(actor, state)
            guard let item = state.item(id) else { throw .unknownMenuItem(id.rawValue) }
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
        }
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
        case .soldOutChanged(let e):
            if let index = next.menu.firstIndex(where: { $0.id == e.item }) { next.menu[index].soldOut = e.soldOut }
        case .modeChanged(let e):
            next.mode = e.mode
        case .hoursChanged(let e):
            next.profile?.hours = e.hours
        case .settingsChanged(let e):
            next.settings = e.settings
        }
        return next
    }
}
