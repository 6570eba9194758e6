import DeliveryDomain
import Foundation

/// Stores (`rm_stores`) and their menus (`rm_menu`), and the ratings their orders' reviews give.
enum StoreProjection {
    static func evolve(_ state: inout ReadModelState, _ event: StoreEvent, store: String) throws {
        switch event {
        case .registered(let e):
            let p = e.profile
            state.stores.set(
                e.store.rawValue,
                StoreSummary(
                    storeId: e.store, ownerId: e.owner, name: p.name, category: p.category,
                    address: p.address, hours: p.hours.description, opensAt: p.hours.opensAt, closesAt: p.hours.closesAt,
                    minimumOrder: p.minimumOrder.amount, deliveryFee: p.deliveryFee.amount, mode: StoreMode.open.rawValue,
                    prepMinutes: e.settings.prepMinutes, busyExtraMinutes: e.settings.busyExtraMinutes,
                    autoCancelMinutes: e.settings.autoCancelMinutes, ratingSum: 0, ratingCount: 0, registeredAt: e.at))
        case .menuItemAdded(let e):
            var menu = try state.menu(store)
            // A dish goes after the last one; with dishes removed, that is not the menu's count.
            menu.append(
                MenuEntry(
                    storeId: StoreID(store), itemId: e.item.id, seq: (menu.map(\.seq).max() ?? -1) + 1, name: e.item.name,
                    price: e.item.price.amount,
                    description: e.item.description, soldOut: e.item.soldOut))
            state.menus.set(store, menu)
        case .menuItemEdited(let e):
            try editDish(&state, store: store, item: e.item) {
                $0.name = e.name
                $0.price = e.price.amount
                $0.description = e.description
            }
        case .menuItemRemoved(let e):
            var menu = try state.menu(store)
            menu.removeAll { $0.itemId == e.item }
            state.menus.set(store, menu)
        case .soldOutChanged(let e):
            try editDish(&state, store: store, item: e.item) { $0.soldOut = e.soldOut }
        case .modeChanged(let e):
            try edit(&state, store: store) { $0.mode = e.mode.rawValue }
        case .hoursChanged(let e):
            try edit(&state, store: store) {
                $0.hours = e.hours.description
                $0.opensAt = e.hours.opensAt
                $0.closesAt = e.hours.closesAt
            }
        case .settingsChanged(let e):
            try edit(&state, store: store) {
                $0.prepMinutes = e.settings.prepMinutes
                $0.busyExtraMinutes = e.settings.busyExtraMinutes
                $0.autoCancelMinutes = e.settings.autoCancelMinutes
            }
        case .profileUpdated(let e):
            let p = e.profile
            try edit(&state, store: store) {
                $0.name = p.name
                $0.category = p.category
                $0.address = p.address
                $0.hours = p.hours.description
                $0.opensAt = p.hours.opensAt
                $0.closesAt = p.hours.closesAt
                $0.minimumOrder = p.minimumOrder.amount
                $0.deliveryFee = p.deliveryFee.amount
            }
        }
    }

    /// A review of one of the store's orders counts towards its average rating.
    static func rate(_ state: inout ReadModelState, store: String, rating: Int) throws {
        try edit(&state, store: store) {
            $0.ratingSum += rating
            $0.ratingCount += 1
        }
    }

    private static func edit(_ state: inout ReadModelState, store: String, _ change: (inout StoreSummary) -> Void) throws {
        guard var row = try state.store(store) else { return }
        change(&row)
        state.stores.set(store, row)
    }

    private static func editDish(
        _ state: inout ReadModelState, store: String, item: MenuItemID, _ change: (inout MenuEntry) -> Void
    ) throws {
        var menu = try state.menu(store)
        guard let index = menu.firstIndex(where: { $0.itemId == item }) else { return }
        change(&menu[index])
        state.menus.set(store, menu)
    }
}
