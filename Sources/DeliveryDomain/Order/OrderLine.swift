/// One line of an order: the menu item as it was priced when the order was placed.
public struct OrderLine: Sendable, Codable, Equatable {
    public let item: MenuItemID
    public let name: String
    public let unitPrice: Won
    public let quantity: Int

    public init(item: MenuItemID, name: String, unitPrice: Won, quantity: Int) {
        self.item = item
        self.name = name
        self.unitPrice = unitPrice
        self.quantity = quantity
    }

    public var amount: Won { unitPrice * quantity }
}

/// A menu item and how many of it, as a customer asks for it.
public struct CartLine: Sendable, Codable, Equatable {
    public let item: MenuItemID
    public var quantity: Int
    /// The unit price the customer was shown when the dish went into the cart. An order is
    /// placed at that price or not at all (``PlacementRule``): a price changed meanwhile is
    /// said, not charged. Nil takes the price at placement (a script naming dishes, the bench).
    public var quotedPrice: Won?

    public init(item: MenuItemID, quantity: Int, quotedPrice: Won? = nil) {
        self.item = item
        self.quantity = quantity
        self.quotedPrice = quotedPrice
    }
}
