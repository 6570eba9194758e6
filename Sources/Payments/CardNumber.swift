/// Normalises what a customer typed as a card number.
///
/// Customers copy numbers as printed ("4242 4242 4242 4242") or with dashes; both separators are dropped.
/// Anything else that is not an ASCII digit makes the number invalid.
enum CardNumber {
    /// The digits of `raw` without spaces and dashes, or nil if anything else is in it.
    static func digits(of raw: String) -> String? {
        var digits = ""
        digits.reserveCapacity(raw.utf8.count)
        for character in raw {
            if character == " " || character == "-" { continue }
            guard character.isASCII, character.isNumber else { return nil }
            digits.append(character)
        }
        return digits
    }

    /// Card numbers are 12 to 19 digits long (ISO/IEC 7812).
    static let validLengths = 12...19
}
