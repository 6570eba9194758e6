/// The addresses a customer keeps, in the order they were added, and which one is the default.
///
/// As delivery apps do: the first address saved becomes the default, so a customer who saved
/// one never has to choose; removing the default makes the oldest remaining one the default.
/// An address is known by its text (``DeliveryAddress/address``): the same text twice would be
/// two rows nobody can tell apart.
public struct SavedAddresses: Sendable, Equatable {
    /// Enough for home, work, family and a few more; a list that fits a screen without scrolling.
    public static let maximumCount = 10

    public private(set) var all: [DeliveryAddress] = []
    /// The text of the default address; nil when none is kept.
    public private(set) var defaultAddress: String?

    public init() {}

    /// The default address, with its note.
    public var preferred: DeliveryAddress? { defaultAddress.flatMap(saved) }

    /// The kept address with this text (compared in canonical form), if any.
    public func saved(_ address: String) -> DeliveryAddress? {
        let key = address.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        return all.first { $0.address == key }
    }

    mutating func add(_ address: DeliveryAddress) {
        all.removeAll { $0.address == address.address }
        all.append(address)
    }

    mutating func remove(_ address: String) {
        all.removeAll { $0.address == address }
        if defaultAddress == address { defaultAddress = nil }
    }

    mutating func makeDefault(_ address: String) { defaultAddress = address }
}
