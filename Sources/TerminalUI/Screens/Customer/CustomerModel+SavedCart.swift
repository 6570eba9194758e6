import DeliveryDomain
import DeliveryEngine
import Foundation

/// The cart outlives the session: it is saved whenever it changes and put back when the
/// customer signs in again, here or on another machine on the same database
/// (``DeliveryEngine/saveCart(_:as:)``, ``DeliveryEngine/restoreCart(as:)``).
///
/// Saving is not done by each key that changes the cart: after every message, the cart is
/// compared with the one saved last (``cartAsSaved``), and a difference asks for one save. So
/// adding, `+`/`-`, taking a line out, emptying, a reorder filling it, a price taken after the
/// customer was told, and placing the order (which empties it) are all saved, and a key that
/// leaves the cart alone writes nothing.
///
/// Two sessions of one customer: the last save wins. A session that starts only reads: it
/// writes the cart it restored back only when the restore changed it (a dish left out, a new
/// price), so a second session opening does not overwrite the first's cart with an empty one.
extension CustomerModel {
    /// What a customer's session asks for first: the cart they left, then what the first
    /// screen shows. The runtime runs them all before it draws, so the first frame already
    /// has the cart's count.
    func startEffects() -> [Effect] {
        [.fetch(.savedCart(actor))] + refreshEffects()
    }

    /// Puts the cart the customer left back, at today's prices, and says what changed. A cart
    /// already being filled in this session (nothing saved was read yet) is kept instead.
    mutating func restoreCart(_ restore: CartRestore?) {
        guard cart.isEmpty, let restore else { return }
        cart = restore.cart
        cartStore = cart.isEmpty ? nil : restore.store
        cartSelection = 0
        // Saved again (below, after this message) only when it is not what the store holds.
        cartAsSaved = restore.changed ? nil : cart
        if let notice = restoreNotice(restore) { self.notice = notice }
    }

    /// "장바구니에서 빠진 메뉴: 탕수육(품절)": what the restore left out and repriced, in red
    /// until the next key; a plain line when the cart came back as it was.
    func restoreNotice(_ restore: CartRestore) -> Notice? {
        let limit = OrderLimits.maxItems
        let restored = savedCartWords(.restored(count: restore.cart.itemCount, limit: limit))
        guard restore.changed else { return restore.cart.isEmpty ? nil : Notice(restored) }
        var parts = [restore.cart.isEmpty ? savedCartWords(.restoredNothing) : restored]
        if !restore.dropped.isEmpty {
            let names = restore.dropped.map { dropped -> String in
                switch dropped.reason {
                case .removedFromMenu: savedCartWords(.removedFromMenu(dropped.name))
                case .soldOut: savedCartWords(.soldOut(dropped.name))
                case .overLimit: savedCartWords(.overLimit(item: dropped.name, limit: limit))
                case .storeGone: savedCartWords(.storeGone(dropped.name))
                }
            }
            parts.append(savedCartWords(.dropped(names.joined(separator: ", "))))
        }
        if !restore.repriced.isEmpty {
            let changes = restore.repriced.map {
                savedCartWords(.priceChange(item: $0.name, was: $0.was.text(in: language), now: $0.now.text(in: language)))
            }
            parts.append(savedCartWords(.repriced(changes.joined(separator: ", "))))
        }
        return .refusal(parts.joined(separator: " · "))
    }

    /// Asks for the cart to be saved when it is not the one saved last.
    mutating func savingCart() -> [Effect] {
        guard cart != cartAsSaved else { return [] }
        cartAsSaved = cart
        return [.saveCart(cart, by: actor)]
    }

    /// The save failed (the database unreachable): the cart stays as it is here, and the next
    /// change saves it again.
    mutating func cartNotSaved(_ error: DeliveryError) {
        notice = .refusal(savedCartWords(.notSaved(error.text(in: language))))
    }
}
