/// A cart the customer left behind (they quit, or the connection dropped), put back against
/// the store as it is now.
///
/// A saved cart is a draft, not a promise: while it waited, the owner may have taken a dish
/// off the menu, marked it sold out or changed its price. Nothing of that may go through
/// checkout unseen, so the restore
/// - leaves out a dish no longer on the menu, or sold out, and names it (putting a past
///   order back, ``init(reordering:at:)``, goes the same way);
/// - quotes every dish it keeps at today's price, and names each price that changed;
/// - keeps a closed or paused store's cart: that is a matter of hours, and checkout refuses it
///   until the store opens, as it would have before the customer left;
/// - drops the whole cart when its store does not exist (a row edited by hand, another
///   database's row): there is nothing to price it against.
///
///     let restore = CartRestore(lines: saved, storeName: "홍콩반점", at: store)
///     restore.cart        // what is still orderable, at today's prices
///     restore.dropped     // [Dropped(name: "탕수육", reason: .soldOut)]
///     restore.repriced    // [Repriced(name: "짜장면", was: 7000, now: 7500)]
public struct CartRestore: Sendable, Equatable {
    /// Why a saved line did not come back.
    public enum DropReason: Sendable, Equatable {
        case removedFromMenu, soldOut
        /// The line would break the ten-item or quantity rule (``Cart/add(_:quantity:from:)`` refused it).
        case overLimit
        /// The store is gone: ``Dropped/name`` is the store's name as saved, and every line went.
        case storeGone
    }

    /// A saved line left out, by the dish's name (or the store's, for ``DropReason/storeGone``).
    public struct Dropped: Sendable, Equatable {
        public let name: String
        public let reason: DropReason

        public init(name: String, reason: DropReason) {
            self.name = name
            self.reason = reason
        }
    }

    /// A dish kept at a price other than the one the customer was shown when they added it.
    public struct Repriced: Sendable, Equatable {
        public let name: String
        public let was: Won
        public let now: Won

        public init(name: String, was: Won, now: Won) {
            self.name = name
            self.was = was
            self.now = now
        }
    }

    public private(set) var cart = Cart()
    public private(set) var dropped: [Dropped] = []
    public private(set) var repriced: [Repriced] = []
    /// The store as the restore read it; nil when it does not exist.
    public let store: StoreState?

    /// Whether the cart came back other than it was saved: the customer must be told, and the
    /// saved copy brought up to date.
    public var changed: Bool { !dropped.isEmpty || !repriced.isEmpty }

    /// Puts `lines`, saved from the store called `storeName`, back against `store` as it is now.
    public init(lines: [CartLine], storeName: String, at store: StoreState) {
        guard store.exists, store.profile != nil else {
            self.store = nil
            if !lines.isEmpty { dropped = [Dropped(name: storeName, reason: .storeGone)] }
            return
        }
        self.store = store
        for line in lines {
            let name = store.removedItems[line.item] ?? line.item.rawValue
            if let item = put(line.item, named: name, quantity: line.quantity, at: store), let quoted = line.quotedPrice,
                quoted != item.price
            {
                repriced.append(Repriced(name: item.name, was: quoted, now: item.price))
            }
        }
    }

    /// A past order's lines put back against `store` as it is now ("order again"): the same
    /// rules, a dish gone from the menu named as the order named it, as many of a dish as the
    /// cart still has room for, and no price compared: the order was placed at its day's prices
    /// and goes back at today's, which the customer is told.
    public init(reordering lines: [OrderLine], at store: StoreState) {
        self.store = store.exists && store.profile != nil ? store : nil
        for line in lines {
            put(line.item, named: line.name, quantity: min(line.quantity, OrderLimits.maxItems - cart.itemCount), at: store)
        }
    }

    /// One line into the cart, returning the dish as the menu has it now; or into `dropped` with
    /// why (gone from the menu, sold out, more than the cart's rules allow), returning nil.
    @discardableResult
    private mutating func put(_ id: MenuItemID, named name: String, quantity: Int, at store: StoreState) -> MenuItem? {
        guard let item = store.item(id) else {
            dropped.append(Dropped(name: name, reason: .removedFromMenu))
            return nil
        }
        guard !item.soldOut else {
            dropped.append(Dropped(name: item.name, reason: .soldOut))
            return nil
        }
        guard quantity > 0, (try? cart.add(item, quantity: quantity, from: store)) != nil else {
            dropped.append(Dropped(name: item.name, reason: .overLimit))
            return nil
        }
        return item
    }
}
