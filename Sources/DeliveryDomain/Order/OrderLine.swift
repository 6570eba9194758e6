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
    public init(item: MenuItemID, quantity: Int) {
        self.item = item
        self.quantity = quantity
    }
}
