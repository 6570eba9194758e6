import DeliveryDomain
import Foundation
import GRDB

/// A customer's cart kept between sessions, so quitting (or a dropped SSH connection) does not
/// lose it: the session saves it whenever it changes and restores it when the customer signs
/// in, on this machine or any other on the same database. It lives in the shared state
/// (``SharedEngineState``), never in the log: see ``SavedCartRecord``.
extension DeliveryEngine {
    /// Keeps `cart` as the customer's saved cart, replacing the one saved before (last write
    /// wins); an empty cart deletes it. Only a customer has a cart. The row notes how many
    /// orders the customer has placed, so that one placed later retires it (see ``restoreCart(as:)``).
    public func saveCart(_ cart: Cart, as actor: Actor) async throws(DeliveryError) {
        let account = try Self.cartOwner(actor)
        let ordersPlaced = cart.isEmpty ? nil : try await ordersPlaced(by: actor)
        do {
            if let record = SavedCartRecord(cart, ordersPlaced: ordersPlaced) {
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
    /// A cart saved before the customer's latest order is dropped and answers nil: it was most
    /// likely that order's (the session clears its cart once the order is placed, but a process
    /// killed between the two, or an order placed by a script, leaves it), and putting it back
    /// would invite ordering the same dishes twice.
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
        if record.wasOrdered(ordersPlacedNow: try await ordersPlaced(by: actor)) {
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

    /// How many orders the customer has placed, as the read models know it: every order,
    /// however old or however it ended.
    private func ordersPlaced(by customer: Actor) async throws(DeliveryError) -> Int {
        try await read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM rm_orders WHERE customer_id = ?", arguments: [customer.account.rawValue])
                ?? 0
        }
    }

    /// The account whose cart this is: a customer's, never an owner's, a rider's or the system's.
    private static func cartOwner(_ actor: Actor) throws(DeliveryError) -> String {
        guard actor.role == .customer, !actor.isSystem else {
            throw .refused(.wrongRole(expected: .customer, actual: actor.role))
        }
        return actor.account.rawValue
    }
}
