/// A card as a person typed it: the only value in the system that holds a full card number and CVC.
///
/// The checkout screen, the command language and the engine all pass this one type, and it exists just long
/// enough to be handed to ``CardTokenizer``. The number and CVC are private and every way Swift has to print a
/// value (`description`, `debugDescription`, `dump`, `Mirror`, string interpolation) shows only the brand and
/// the last four digits, so a card can be logged, shown in a transcript or in a failing test without leaking it.
/// It is deliberately not `Codable`: nothing should be able to store it. It is `Equatable` so that the screens'
/// effects, which carry it, can be compared in tests.
public struct CardDetails: Equatable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// As typed, spaces and dashes included. Never printed.
    private let number: String
    /// As typed. Never printed.
    private let cvc: String
    public let expiryMonth: Int
    public let expiryYear: Int

    /// - Parameters:
    ///   - number: the card number; spaces and dashes are allowed and ignored.
    ///   - expiryMonth: 1–12.
    ///   - expiryYear: four digits, or two digits meaning 20xx.
    ///   - cvc: the security code.
    public init(number: String, expiryMonth: Int, expiryYear: Int, cvc: String) {
        self.number = number
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.cvc = cvc
    }

    /// The brand, read from the leading digits (`.unknown` if the number is not digits).
    public var brand: CardBrand {
        guard let digits = CardNumber.digits(of: number) else { return .unknown }
        return CardBrand(digits: digits)
    }

    /// The last four digits, which card networks allow showing; "????" unless the number has a plausible
    /// length, so a short mistyped number is never shown whole.
    public var last4: String {
        guard let digits = CardNumber.digits(of: number), CardNumber.validLengths.contains(digits.count) else {
            return "????"
        }
        return String(digits.suffix(4))
    }

    /// "Visa •••• 4242".
    public var description: String { "\(brand.displayName) •••• \(last4)" }

    /// "CardDetails(Visa •••• 4242, expires 12/2030)": no number, no CVC.
    public var debugDescription: String {
        "CardDetails(\(description), expires \(expiryMonth)/\(expiryYear))"
    }

    /// Reflection (used by `dump` and debuggers) sees only masked fields.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "brand": brand,
                "last4": last4,
                "expiryMonth": expiryMonth,
                "expiryYear": expiryYear,
            ],
            displayStyle: .struct
        )
    }

    // MARK: For the tokenizer only

    /// The raw number, for validation inside this module.
    var rawNumber: String { number }
    /// The raw CVC, for validation inside this module.
    var rawCVC: String { cvc }
}
