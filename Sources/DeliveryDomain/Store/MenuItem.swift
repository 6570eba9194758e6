public struct MenuItem: Sendable, Codable, Equatable, Identifiable {
    public let id: MenuItemID
    public var name: String
    public var price: Won
    public var description: String
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
            throw .invalidStoreDetail("a menu item's name has 1 to 30 characters")
        }
        return name
    }

    /// A description may be empty; see ``FreeText`` for what it may hold.
    static func validDescription(_ raw: String) throws(RuleViolation) -> String {
        try FreeText.validate(raw, as: .menuDescription)
    }
}

import Foundation
