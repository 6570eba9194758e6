import DeliveryDomain
import Foundation

/// A customer's cart kept between sessions, so quitting (or a dropped SSH connection) does not
/// lose it: the session saves it whenever it changes and restores it when the customer signs
/// in, on this machine or any other on the same database. It lives in the shared state
/// (``SharedEngineState``), never in the log: see ``SavedCartRecord``.
extension DeliveryEngine {
    /// Keeps `cart` as the customer's saved cart, replacing the one saved before (last write
    /// wins); an empty cart deletes it. Only a customer has a cart.
    public func saveCart(_ cart: Cart, as actor: Actor) async throws(DeliveryError) {
        let account = try Self.cartOwner(actor)
        do {
            if let record = SavedCartRecord(cart) {
                try await shared.saveCart(record.encoded(), of: account, savedAt: clock.now().timeIntervalSince1970)
            } else {
                try await shared.deleteSavedCart(of: account, ifStill: nil)
            }
        } catch {
            throw DeliveryError.wrap(error)
        }
    }

    /// The customer's saved cart, put back against its store as the log has it now
    /// (``CartRestore``: what was left out, what costs something else now); nil when nothing is
    /// saved. The saved row is not changed here: the session saves the restored cart if it
    /// differs.
    ///
    /// A row that cannot be read (edited by hand, cut short) is dropped whole, with a line on
    /// standard error, and answers nil: a session never starts from half a cart. A row written
    /// by a newer baedal answers nil too, but is kept for that build.
    public func restoreCart(as actor: Actor) async throws(DeliveryError) -> CartRestore? {
        let account = try Self.cartOwner(actor)
        let text: String?
        do {
            text = try await shared.savedCart(of: account)
        } catch {
            throw DeliveryError.wrap(error)
        }
        guard let text else { return nil }
        let record: SavedCartRecord
        do {
            switch try SavedCartRecord.read(text) {
            case .cart(let read): record = read
            case .newer: return nil
            }
        } catch {
            ReadModelRepair.printToStandardError(
                "the saved cart of account \(account) could not be read (\(error.reason)); it was dropped.")
            try? await shared.deleteSavedCart(of: account, ifStill: text)
            return nil
        }
        let store: StoreState
        do {
            store = try await handler(StoreDecider.self, shared: true).load(Streams.store(record.storeID)).state
        } catch {
            throw DeliveryError.wrap(error)
        }
        return CartRestore(lines: record.cartLines, storeName: record.storeName, at: store)
    }

    /// The account whose cart this is: a customer's, never an owner's, a rider's or the system's.
    private static func cartOwner(_ actor: Actor) throws(DeliveryError) -> String {
        guard actor.role == .customer, !actor.isSystem else {
            throw .refused(.wrongRole(expected: .customer, actual: actor.role))
        }
        return actor.account.rawValue
    }
}
