import Foundation

/// An identifier that knows what it identifies, so an order id can never be passed where a
/// store id is meant. The tag is a phantom type; only the raw string is stored.
///
/// Encoded as a bare string, so an id in an event's JSON reads as a string, not an object.
/// Comparable by the raw string, so a list of ids has one stable order.
public struct Identifier<Tag>: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    public let rawValue: String
    /// Wraps a raw id. The engine mints new ones; tests and read models rebuild them from text.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Tags for ``Identifier``: types with no values, there only to tell the ids apart.
public enum AccountTag: Sendable {}
public enum StoreTag: Sendable {}
public enum OrderTag: Sendable {}
public enum MenuItemTag: Sendable {}

/// An account: a customer, an owner or a rider. Its raw value is the name's ``NameKey``.
public typealias AccountID = Identifier<AccountTag>
/// A registered store.
public typealias StoreID = Identifier<StoreTag>
/// One order, from its placement to delivery or cancellation.
public typealias OrderID = Identifier<OrderTag>
/// One dish on one store's menu.
public typealias MenuItemID = Identifier<MenuItemTag>

extension Identifier where Tag == AccountTag {
    /// Accounts are keyed by their name, folded to one canonical form, so signing up twice
    /// with the same name collides on the account's stream instead of needing a lookup.
    /// The form is the ``NameKey``, so `ＡＬＩＣＥ` collides with `alice` too.
    public static func forName(_ name: String) -> AccountID {
        AccountID(NameKey(name).rawValue)
    }

    /// The key databases made before names were compared by ``NameKey`` (NFC, lower-cased):
    /// accounts signed up then keep it, and are still found by it.
    public static func legacyForName(_ name: String) -> AccountID {
        AccountID(name.precomposedStringWithCanonicalMapping.lowercased())
    }
}
