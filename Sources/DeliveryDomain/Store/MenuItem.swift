/// A dish on a store's menu, as customers see it when they pick what to order.
///
/// Its rules (a price of 1 to 1,000,000 won, a name of 1 to 30 characters unique in the menu
/// by ``NameKey``, ``FreeText`` for name and description) are checked by ``StoreDecider``
/// when the owner adds or edits it.
public struct MenuItem: Sendable, Codable, Equatable, Identifiable {
    /// Stays the same when the owner renames the dish, so carts and stock limits keep pointing
    /// at it. An order copies the name and price it was placed with (``OrderLine``).
    public let id: MenuItemID
    public var name: String
    /// What one portion costs now; an order keeps the price it was placed at.
    public var price: Won
    /// A line or two under the name; may be empty.
    public var description: String
    /// Set by the owner: the dish shows on the menu but cannot be ordered.
    public var soldOut: Bool

    public init(id: MenuItemID, name: String, price: Won, description: String, soldOut: Bool = false) {
        self.id = id
        self.name = name
        self.price = price
        self.description = description
        self.soldOut = soldOut
    }

    static func validPrice(_ price: Won) throws(RuleViolation) -> Won {
        guard (1...1_000_000).contains(price.amount) else { throw .invalidPrice(price.amount) }
        return price
    }

    static func validName(_ raw: String) throws(RuleViolation) -> String {
        let name = try FreeText.validate(raw, as: .menuItemName)
        guard !name.isEmpty else {
            throw .invalidStoreDetail(.menuItemNameLength)
        }
        return name
    }

    /// A description may be empty; see ``FreeText`` for what it may hold.
    static func validDescription(_ raw: String) throws(RuleViolation) -> String {
        try FreeText.validate(raw, as: .menuDescription)
    }
}

import Foundation
