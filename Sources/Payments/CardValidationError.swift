/// Why a card was refused before anything was sent to a processor.
///
/// Messages tell the customer what is wrong and what to do. They never contain the number or the CVC:
/// the only numbers they carry are a digit count and the printed expiry date.
public enum CardValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The number contains something other than digits, spaces and dashes.
    case notDigits
    /// The number has this many digits, outside 12–19.
    case wrongLength(Int)
    /// The Luhn check digit does not match: most likely a typo.
    case failsLuhn
    /// The month is not 1–12, or the year is not a plausible card year.
    case invalidExpiry
    /// The card's last valid day (end of this month) has passed.
    case expired(month: Int, year: Int)
    /// The CVC is not 3 digits (4 for American Express).
    case invalidCVC

    public var description: String {
        switch self {
        case .notDigits:
            "The card number may contain only digits (spaces and dashes are fine). Check it and type it again."
        case .wrongLength(let count):
            "The card number has \(count) digits; card numbers have 12 to 19. Check for a missing or extra digit."
        case .failsLuhn:
            "The card number is not valid; a digit is probably mistyped. Check it against the card."
        case .invalidExpiry:
            "The expiry date is not valid. Enter the month (1-12) and year printed on the card."
        case .expired(let month, let year):
            "The card expired at the end of \(Self.twoDigits(month))/\(year). Use a card that is still valid."
        case .invalidCVC:
            "The security code must be 3 digits (4 for American Express, printed on the front). Check the card."
        }
    }

    private static func twoDigits(_ month: Int) -> String {
        month < 10 ? "0\(month)" : "\(month)"
    }
}
