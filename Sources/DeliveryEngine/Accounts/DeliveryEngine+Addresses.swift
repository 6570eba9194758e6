import DeliveryDomain
import Foundation

extension DeliveryEngine {
    /// Saves a delivery address (and its note) on the customer's account. The first one saved,
    /// or one saved with `makeDefault`, is the address checkout chooses.
    public func addAddress(_ address: String, note: String? = nil, makeDefault: Bool = false, as actor: Actor)
        async throws(DeliveryError)
    {
        _ = try await run(AccountDecider.self, Streams.account(actor.account), actor: actor.account.rawValue) { _, now in
            .addAddress(address: address, note: note, makeDefault: makeDefault, by: actor, now: now)
        }
    }

    public func removeAddress(_ address: String, as actor: Actor) async throws(DeliveryError) {
        _ = try await run(AccountDecider.self, Streams.account(actor.account), actor: actor.account.rawValue) { _, now in
            .removeAddress(address, by: actor, now: now)
        }
    }

    public func setDefaultAddress(_ address: String, as actor: Actor) async throws(DeliveryError) {
        _ = try await run(AccountDecider.self, Streams.account(actor.account), actor: actor.account.rawValue) { _, now in
            .setDefaultAddress(address, by: actor, now: now)
        }
    }

    /// The account as its stream holds it now: addresses, remembered cards, favourites.
    public func accountState(of actor: Actor) async throws(DeliveryError) -> AccountState {
        do { return try await handler(AccountDecider.self).load(Streams.account(actor.account)).state } catch {
            throw DeliveryError.wrap(error)
        }
    }

    /// Where an order goes: the address typed (with its note; a saved address's note when the
    /// customer typed none), else the customer's default address.
    ///
    /// Refused with ``RuleViolation/noDeliveryAddress`` when neither is there: a rider must
    /// know where to go, and guessing one of several saved addresses would be worse.
    public func deliveryAddress(typed: String?, note: String? = nil, for actor: Actor) async throws(DeliveryError)
        -> DeliveryAddress
    {
        let saved = try await accountState(of: actor).addresses
        guard let typed else {
            guard let preferred = saved.preferred else { throw .refused(.noDeliveryAddress) }
            return preferred
        }
        let chosen: DeliveryAddress
        do { chosen = try DeliveryAddress.validated(typed, note: note) } catch { throw .refused(error) }
        return DeliveryAddress(address: chosen.address, note: chosen.note ?? saved.saved(chosen.address)?.note)
    }
}
