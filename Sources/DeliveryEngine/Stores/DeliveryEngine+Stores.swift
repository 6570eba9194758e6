import DeliveryDomain
import EventStore
import Foundation
import GRDB

extension DeliveryEngine {
    /// Registers a store under a name no other store reads the same as (``NameKey``).
    ///
    /// The store's first event and the claim on its name are appended in one atomic step, the
    /// claim expecting its stream absent, so two owners racing for a name (in one process or
    /// two) cannot both win. Stores registered before claims existed have none: the read
    /// model is asked about them first.
    @discardableResult
    public func registerStore(_ profile: StoreProfile, settings: StoreSettings = .standard, as actor: Actor)
        async throws(DeliveryError) -> StoreID
    {
        let id = ids.storeID()
        let name: String
        do { name = try profile.validated().name } catch { throw .refused(error) }
        let key = NameKey(name)
        if let existing = try await storesNamedLike(key).first {
            throw .refused(.storeNameTaken(typed: name, existing: existing.name))
        }
        let claimStream = Streams.storeNameClaim(key)
        // Two ids, as registering took before names were claimed, so seeded runs keep their order ids.
        let registeredID = ids.eventID()
        let claimedID = ids.eventID()
        let metadata = EventMetadata(actor: actor.account.rawValue, causationID: nil, correlationID: registeredID)
        for _ in 1...8 {
            do {
                let claim = try await handler(StoreNameClaimDecider.self).load(claimStream)
                let now = clock.now()
                let registered = try StoreDecider.decide(
                    .register(id, profile, settings, by: actor, now: now),
                    StoreDecider.initialState)
                let claimed = try StoreNameClaimDecider.decide(.claim(id, name: name, now: now), claim.state)
                _ = try await store.appendAll([
                    AppendRequest(
                        stream: Streams.store(id), expectedVersion: .noStream,
                        events: [try codec.newEvent(registered[0], id: registeredID, metadata: metadata)],
                        recordedAt: now),
                    AppendRequest(
                        stream: claimStream, expectedVersion: claim.version == 0 ? .noStream : .exactly(claim.version),
                        events: [try codec.newEvent(claimed[0], id: claimedID, metadata: metadata)],
                        recordedAt: now),
                ])
                return id
            } catch EventStoreError.wrongExpectedVersion {
                continue  // Another owner claimed the name meanwhile: the next attempt reads the claim and says so.
            } catch {
                throw DeliveryError.wrap(error)
            }
        }
        throw .busy(stream: claimStream.rawValue, attempts: 8)
    }

    @discardableResult
    public func addMenuItem(to store: StoreID, name: String, price: Won, description: String = "", as actor: Actor)
        async throws(DeliveryError) -> MenuItemID
    {
        let id = ids.menuItemID()
        try await changeStore(store, as: actor) { now in
            .addMenuItem(id, name: name, price: price, description: description, by: actor, now: now)
        }
        return id
    }

    public func editMenuItem(
        _ item: MenuItemID, in store: StoreID, name: String? = nil, price: Won? = nil,
        description: String? = nil, as actor: Actor
    ) async throws(DeliveryError) {
        try await changeStore(store, as: actor) { now in
            .editMenuItem(item, name: name, price: price, description: description, by: actor, now: now)
        }
    }

    /// Takes a dish off the menu for good; see ``StoreCommand/removeMenuItem(_:by:now:)``.
    public func removeMenuItem(_ item: MenuItemID, in store: StoreID, as actor: Actor) async throws(DeliveryError) {
        try await changeStore(store, as: actor) { now in
            .removeMenuItem(item, by: actor, now: now)
        }
    }

    /// Replaces the store's details, its name and business number kept as registered: see
    /// ``StoreCommand/updateProfile(_:by:now:)``. The name's claim is not touched, since the
    /// name does not change.
    public func updateStoreProfile(_ profile: StoreProfile, of store: StoreID, as actor: Actor) async throws(DeliveryError) {
        try await changeStore(store, as: actor) { now in
            .updateProfile(profile, by: actor, now: now)
        }
    }

    public func setSoldOut(_ item: MenuItemID, in store: StoreID, _ soldOut: Bool, as actor: Actor) async throws(DeliveryError) {
        try await changeStore(store, as: actor) { now in
            .setSoldOut(item, soldOut, by: actor, now: now)
        }
    }

    public func setMode(_ mode: StoreMode, of store: StoreID, as actor: Actor) async throws(DeliveryError) {
        try await changeStore(store, as: actor) { now in
            .setMode(mode, by: actor, now: now)
        }
    }

    public func setHours(_ hours: OpeningHours, of store: StoreID, as actor: Actor) async throws(DeliveryError) {
        try await changeStore(store, as: actor) { now in
            .setHours(hours, by: actor, now: now)
        }
    }

    public func changeSettings(_ settings: StoreSettings, of store: StoreID, as actor: Actor) async throws(DeliveryError) {
        try await changeStore(store, as: actor) { now in
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

    /// Finds a store by its id or its name, as scripts and search boxes name them. Names are
    /// compared folded (``NameKey``), so `ＨＯＮＧ` finds `hong`. Databases from before names
    /// were unique may hold two stores whose names read the same: the first registered
    /// answers, every time, and the other is reached by its id.
    public func storeID(named name: String) async throws(DeliveryError) -> StoreID {
        let wanted = name.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        // The common case, by the index: the id, or the name exactly as registered.
        let exact = try await read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT store_id FROM rm_stores WHERE store_id = ? OR name = ?
                    ORDER BY store_id = ? DESC, registered_at, rowid LIMIT 1
                    """, arguments: [wanted, wanted, wanted])
        }
        if let id = exact.first { return StoreID(id) }
        guard let first = try await storesNamedLike(NameKey(wanted)).first else { throw .unknownStoreName(name) }
        return first.id
    }

    /// The stores whose names read the same as `key`, first registered first.
    func storesNamedLike(_ key: NameKey) async throws(DeliveryError) -> [(id: StoreID, name: String)] {
        let rows = try await read { db in
            try Row.fetchAll(db, sql: "SELECT store_id, name FROM rm_stores ORDER BY registered_at, rowid")
                .map { (id: StoreID($0["store_id"] as String), name: $0["name"] as String) }
        }
        return rows.filter { NameKey($0.name) == key }
    }
}

extension DeliveryEngine {
    /// An owner's command on the store's stream, kept between loads (every placement reads it).
    func changeStore(
        _ store: StoreID, as actor: Actor, _ command: @escaping @Sendable (Date) -> StoreCommand
    ) async throws(DeliveryError) {
        _ = try await run(StoreDecider.self, Streams.store(store), actor: actor.account.rawValue, shared: true) { _, now in
            command(now)
        }
    }
}
