/// A customer's cart before ordering: the one-store and ten-item rules refuse a change in
/// place, so the customer learns the rule at the moment they break it.
public struct Cart: Sendable, Equatable {
    public private(set) var store: StoreID?
    public private(set) var storeName: String = ""
    public private(set) var lines: [CartLine] = []

    public init() {}

    public var itemCount: Int { lines.reduce(0) { $0 + $1.quantity } }
    public var isEmpty: Bool { lines.isEmpty }

    /// Adds `quantity` of `item`, refusing a sold-out dish, a second store (one store per order) and more than
    /// 10 items in all, so the cart never holds what the decider would refuse.
    public mutating func add(_ item: MenuItem, quantity: Int, from store: StoreState) throws(RuleViolation) {
        guard let storeID = store.store else { throw .unknownStore(store.name) }
        guard (1...OrderLimits.maxItems).contains(quantity) else { throw .invalidQuantity(quantity) }
        if let current = self.store, current != storeID {
            throw .secondStore(cartStore: storeName, otherStore: store.name)
        }
        guard !item.soldOut else { throw .soldOut(item.name) }
        guard itemCount + quantity <= OrderLimits.maxItems else { throw .tooManyItems(count: itemCount + quantity) }
        self.store = storeID
        self.storeName = store.name
        // Added from the menu as it is shown now: the line is quoted at today's price.
        if let index = lines.firstIndex(where: { $0.item == item.id }) {
            lines[index].quantity += quantity
            lines[index].quotedPrice = item.price
        } else {
            lines.append(CartLine(item: item.id, quantity: quantity, quotedPrice: item.price))
        }
    }

    /// Quotes every line at the store's price now: after the customer was told the prices
    /// changed (``RuleViolation/priceChanged(item:quoted:now:)``), the next checkout takes them.
    public mutating func requote(at store: StoreState) {
        for index in lines.indices {
            if let item = store.item(lines[index].item) { lines[index].quotedPrice = item.price }
        }
    }

    /// Removes up to `quantity` of an item; the cart forgets its store once empty.
    public mutating func remove(_ item: MenuItemID, quantity: Int = .max) {
        guard let index = lines.firstIndex(where: { $0.item == item }) else { return }
        lines[index].quantity -= min(quantity, lines[index].quantity)
        if lines[index].quantity == 0 { lines.remove(at: index) }
        if lines.isEmpty { clear() }
    }

    /// Empties the cart, so items from another store may be added.
    public mutating func clear() {
        store = nil
        storeName = ""
        lines = []
    }
}
