/// The cards a customer asked to be remembered: the processor's token, the brand, the last four
/// digits and the expiry (``CardOnFile``). Never the number, never the CVC: a remembered card
/// pays only with its CVC typed again, checked and then dropped.
///
/// A card is known by brand and last four (`Visa •••• 4242`), as the customer sees it.
public struct RememberedCards: Sendable, Equatable {
    /// A few cards, as apps offer; more is a list nobody reads.
    public static let maximumCount = 5

    public private(set) var all: [CardOnFile] = []

    public init() {}

    /// The remembered card shown as `label` ("Visa •••• 4242"), or the one with these last four digits.
    public func card(_ label: String) -> CardOnFile? {
        let typed = label.trimmingCharacters(in: .whitespaces)
        return all.first { $0.description == typed } ?? all.first { $0.last4 == typed }
    }

    mutating func remember(_ card: CardOnFile) {
        all.removeAll { $0.description == card.description }
        all.append(card)
    }

    mutating func forget(_ label: String) { all.removeAll { $0.description == label } }
}
