import DeliveryDomain
import EventStore
import GRDB

enum StoreProjection {
    static func apply(_ event: StoreEvent, _ recorded: RecordedEvent, _ db: Database) throws {
        let store = String(recorded.streamID.rawValue.dropFirst("store-".count))
        switch event {
        case .registered(let e):
            let p = e.profile
            try StoreSummary(
                storeId: e.store.rawValue, ownerId: e.owner.rawValue, name: p.name, category: p.category,
                address: p.address, hours: p.hours.description, opensAt: p.hours.opensAt, closesAt: p.hours.closesAt,
                minimumOrder: p.minimumOrder.amount, deliveryFee: p.deliveryFee.amount, mode: StoreMode.open.rawValue,
                prepMinutes: e.settings.prepMinutes, busyExtraMinutes: e.settings.busyExtraMinutes,
                autoCancelMinutes: e.settings.autoCancelMinutes, ratingSum: 0, ratingCount: 0, registeredAt: e.at
            ).insert(db)
        case .menuItemAdded(let e):
            let seq = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rm_menu WHERE store_id = ?", arguments: [store]) ?? 0
            try MenuEntry(
                storeId: store, itemId: e.item.id.rawValue, seq: seq, name: e.item.name, price: e.item.price.amount,
                description: e.item.description, soldOut: e.item.soldOut
            ).insert(db)
        case .menuItemEdited(let e):
            try db.execute(
                sql: "UPDATE rm_menu SET name = ?, price = ?, description = ? WHERE store_id = ? AND item_id = ?",
                arguments: [e.name, e.price.amount, e.description, store, e.item.rawValue])
        case .soldOutChanged(let e):
            try db.execute(
                sql: "UPDATE rm_menu SET sold_out = ? WHERE store_id = ? AND item_id = ?",
                arguments: [e.soldOut, store, e.item.rawValue])
        case .modeChanged(let e):
            try db.execute(sql: "UPDATE rm_stores SET mode = ? WHERE store_id = ?", arguments: [e.mode.rawValue, store])
        case .hoursChanged(let e):
            try db.execute(
                sql: "UPDATE rm_stores SET hours = ?, opens_at = ?, closes_at = ? WHERE store_id = ?",
                arguments: [e.hours.description, e.hours.opensAt, e.hours.closesAt, store])
        case .settingsChanged(let e):
            try db.execute(
                sql: "UPDATE rm_stores SET prep_minutes = ?, busy_extra_minutes = ?, auto_cancel_minutes = ? WHERE store_id = ?",
                arguments: [e.settings.prepMinutes, e.settings.busyExtraMinutes, e.settings.autoCancelMinutes, store])
        }
    }
}
