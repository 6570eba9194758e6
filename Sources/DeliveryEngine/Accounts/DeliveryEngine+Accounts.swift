import DeliveryDomain
import EventStore
import Foundation
import GRDB

extension DeliveryEngine {
    /// Signs up and returns the new account, signed in.
    @discardableResult
    public func signUp(name: String, role: Role, password: String) async throws(DeliveryError) -> Actor {
        let canonical: String
        do { canonical = try AccountName.validate(name) } catch { throw .refused(error) }
        guard password.count >= 8 else { throw .refused(.weakPassword) }
        let hash: String
        do { hash = try hasher.hash(password) } catch { throw .storage("Could not hash the password: \(error)") }
        let id = AccountID.forName(canonical)
        let length = password.count
        _ = try await run(AccountDecider.self, Streams.account(id), actor: id.rawValue) { _, now in
            .signUp(name: canonical, role: role, passwordLength: length, passwordHash: hash, now: now)
        }
        return Actor(account: id, role: role)
    }

    /// Checks the password against the stored salted hash.
    public func signIn(name: String, password: String) async throws(DeliveryError) -> Actor {
        let state = try await account(named: name)
        guard hasher.verify(password, against: state.passwordHash), let actor = state.actor else {
            throw .refused(.wrongPassword)
        }
        return actor
    }

    public func account(named name: String) async throws(DeliveryError) -> AccountState {
        let id = AccountID.forName(name.trimmingCharacters(in: .whitespaces))
        let state: AccountState
        do { state = try await handler(AccountDecider.self).load(Streams.account(id)).state } catch {
            throw DeliveryError.wrap(error)
        }
        guard state.exists else { throw .refused(.unknownAccount(name)) }
        return state
    }

    public func favourite(_ storeID: StoreID, as actor: Actor) async throws(DeliveryError) {
        let name = try await storeState(storeID).name
        _ = try await run(AccountDecider.self, Streams.account(actor.account), actor: actor.account.rawValue) { _, now in
            .favourite(storeID, storeName: name, by: actor, now: now)
        }
    }

    public func unfavourite(_ storeID: StoreID, as actor: Actor) async throws(DeliveryError) {
        let name = try await storeState(storeID).name
        _ = try await run(AccountDecider.self, Streams.account(actor.account), actor: actor.account.rawValue) { _, now in
            .unfavourite(storeID, storeName: name, by: actor, now: now)
        }
    }

    /// Marks every notification the customer has so far as read.
    public func markNotificationsRead(as actor: Actor) async throws(DeliveryError) {
        let latest = try await read { db in
            try Int64.fetchOne(db, sql: "SELECT MAX(position) FROM rm_notifications WHERE account_id = ?",
                               arguments: [actor.account.rawValue]) ?? 0
        }
        guard latest > 0 else { return }
        _ = try await run(AccountDecider.self, Streams.account(actor.account), actor: actor.account.rawValue) { _, now in
            .markNotificationsRead(upToPosition: latest, by: actor, now: now)
        }
    }
}
