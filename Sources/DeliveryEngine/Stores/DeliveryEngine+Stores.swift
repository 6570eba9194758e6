import DeliveryDomain
import EventStore
import Foundation
import GRDB

extension DeliveryEngine {
    @discardableResult
    public func registerStore(_ profile: StoreProfile, settings: StoreSettings = .standard, as actor: Actor)
        async throws(DeliveryError) -> StoreID
    {
        let id = ids.storeID()
        _ = try await run(StoreDecider.self, Streams.store(id), actor: actor.account.rawValue, shared: true) { _, now in
            .register(id, profile, settings, by: actor, now: now)
        }
        return id
    }

    @discardableResult
    public func addMenuItem(to store: StoreID, name: String, price: Won, description: String = "", as actor: Actor)
        async throws(DeliveryError) -> MenuItemID
    {
        let id = ids.menuItemID()
        _ = try await run(StoreDecider.self, Streams.store(store), actor: actor.account.rawValue, shared: true) { _, now in
            .addMenuItem(id, name: name, price: price, description: description, by: actor, now: now)
        }
        return id
    }

    public func editMenuItem(_ item: MenuItemID, in store: StoreID, name: String? = nil, price: Won? = nil,
                             description: String? = nil, as actor: Actor) async throws(DeliveryError) {
        _ = try await run(StoreDecider.self, Streams.store(store), actor: actor.account.rawValue, shared: true) { _, now in
            .editMenuItem(item, name: name, price: price, description: description, by: actor, now: now)
        }
    }

    public func setSoldOut(_ item: MenuItemID, in store: StoreID, _ soldOut: Bool, as actor: Actor) async throws(DeliveryError) {
        _ = try await run(StoreDecider.self, Streams.store(store), actor: actor.account.rawValue, shared: true) { _, now in
            .setSoldOut(item, soldOut, by: actor, now: now)
        }
    }

    public func setMode(_ mode: StoreMode, of store: StoreID, as actor: Actor) async throws(DeliveryError) {
        _ = try await run(StoreDecider.self, Streams.store(store), actor: actor.account.rawValue, shared: true) { _, now in
            .setMode(mode, by: actor, now: now)
        }
    }

    public func setHours(_ hours: OpeningHours, of store: StoreID, as actor: Actor) async throws(DeliveryError) {
        _ = try await run(StoreDecider.self, Streams.store(store), actor: actor.account.rawValue, shared: true) { _, now in
            .setHours(hours, by: actor, now: now)
        }
    }

    public func changeSettings(_ settings: StoreSettings, of store: StoreID, as actor: Actor) async throws(DeliveryError) {
        _ = try await run(StoreDecider.self, Streams.store(store), actor: actor.account.rawValue, shared: true) { _, now in
            .changeSettings(settings, by: actor, now: now)
        }
    }

    /// The store folded from its own stream: always current, whatever the read models say.
    public func storeState(_ id: StoreID) async throws(DeliveryError) -> StoreState {
        let state: StoreState
        do { state = try await handler(StoreDecider.self, shared: true).load(Streams.store(id)).state } catch {
            throw DeliveryError.wrap(error)
        }
        guard state.exists else { throw .refused(.unknownStore(id.rawValue)) }
        return state
    }

    /// Finds a store by its exact name (or its id), as scripts and search boxes name them.
    public func storeID(named name: String) async throws(DeliveryError) -> StoreID {
        let wanted = name.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        let matches = try await read { db in
            try String.fetchAll(db, sql: "SELECT store_id FROM rm_stores WHERE name = ? OR store_id = ?",
                                arguments: [wanted, wanted])
        }
        guard let first = matches.first else { throw .unknownStoreName(name) }
        guard matches.count == 1 else { throw .ambiguousStoreName(name, count: matches.count) }
        return StoreID(first)
    }
}
