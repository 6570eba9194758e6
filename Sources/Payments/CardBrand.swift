/// The card network a number belongs to, read from its leading digits (the issuer identification number).
///
/// The brand decides the CVC length (Amex uses 4 digits) and is shown to customers next to the last four digits,
/// so it must be derivable without keeping the number.
public enum CardBrand: String, Codable, Sendable, CaseIterable {
    case visa, mastercard, amex, unionPay, jcb, unknown

    /// The name customers know the network by.
    public var displayName: String {
        switch self {
        case .visa: "Visa"
        case .mastercard: "Mastercard"
        case .amex: "American Express"
        case .unionPay: "UnionPay"
        case .jcb: "JCB"
        case .unknown: "Card"
        }
    }

    /// Digits the security code must have for this brand.
    public var cvcLength: Int { self == .amex ? 4 : 3 }

    /// Identifies the brand from the digits of a number (only the first six are looked at).
    ///
    /// Ranges follow the networks' published IIN tables: Visa 4; Mastercard 51–55 and 2221–2720;
    /// Amex 34, 37; JCB 3528–3589; UnionPay 62.
    public init(digits: some StringProtocol) {
        let prefix = digits.prefix(6)
        func leading(_ count: Int) -> Int? {
            guard prefix.count >= count else { return nil }
            return Int(prefix.prefix(count))
        }
        if prefix.hasPrefix("4") {
            self = .visa
        } else if let two = leading(2), (51...55).contains(two) {
            self = .mastercard
        } else if let four = leading(4), (2221...2720).contains(four) {
            self = .mastercard
        } else if let two = leading(2), two == 34 || two == 37 {
            self = .amex
        } else if let four = leading(4), (3528...3589).contains(four) {
            self = .jcb
        } else if let two = leading(2), two == 62 {
            self = .unionPay
        } else {
            self = .unknown
        }
    }
}
