import Foundation

/// An identifier that knows what it identifies, so an order id can never be passed where a
/// store id is meant. The tag is a phantom type; only the raw string is stored.
public struct Identifier<Tag>: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    public let rawValue: String
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

public enum AccountTag: Sendable {}
public enum StoreTag: Sendable {}
public enum OrderTag: Sendable {}
public enum MenuItemTag: Sendable {}

public typealias AccountID = Identifier<AccountTag>
public typealias StoreID = Identifier<StoreTag>
public typealias OrderID = Identifier<OrderTag>
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
