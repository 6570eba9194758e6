import Foundation

/// Turns what a customer typed into a ``CardToken``, or says precisely why it can't.
///
/// Pure: the current time, calendar and randomness are parameters, so tests decide them.
/// Checks, in the order a customer would fix them: characters, length (12–19 digits), Luhn,
/// expiry (valid through the last moment of the printed month, in `calendar`'s time zone), CVC
/// (3 digits, 4 for American Express).
public enum CardTokenizer {
    /// Card expiry dates further away than this are typos (e.g. 2092 for 2029).
    static let maximumYearsAhead = 20

    public static func tokenize(
        _ card: CardDetails,
        now: Date,
        calendar: Calendar,
        random: inout some RandomNumberGenerator
    ) throws(CardValidationError) -> CardToken {
        let digits = try validatedDigits(card.rawNumber)
        let brand = CardBrand(digits: digits)
        let expiryYear = try validatedExpiry(month: card.expiryMonth, year: card.expiryYear, now: now, calendar: calendar)
        try validateCVC(card.rawCVC, brand: brand)

        let testClass = TestCards.testClass(ofDigits: digits)
        return CardToken(
            token: CardToken.tokenString(testClass: testClass, randomHex: randomHex(byteCount: 16, using: &random)),
            brand: brand,
            last4: String(digits.suffix(4)),
            expiryMonth: card.expiryMonth,
            expiryYear: expiryYear
        )
    }

    /// Digits only, of a valid length, passing Luhn.
    static func validatedDigits(_ raw: String) throws(CardValidationError) -> String {
        guard let digits = CardNumber.digits(of: raw), !digits.isEmpty else { throw .notDigits }
        guard CardNumber.validLengths.contains(digits.count) else { throw .wrongLength(digits.count) }
        guard Luhn.isValid(digits) else { throw .failsLuhn }
        return digits
    }

    /// The four-digit expiry year, if the card is valid at `now`.
    static func validatedExpiry(month: Int, year: Int, now: Date, calendar: Calendar) throws(CardValidationError) -> Int {
        // Bound the year before any arithmetic: `year + 1` must not overflow, and no card is printed
        // with a year past 9999.
        guard (1...12).contains(month), (0...9999).contains(year) else { throw .invalidExpiry }
        let fullYear = year < 100 ? 2000 + year : year
        // The card works through the last day of its month: it expires when the next month starts.
        let nextMonth =
            month == 12
            ? DateComponents(year: fullYear + 1, month: 1, day: 1)
            : DateComponents(year: fullYear, month: month + 1, day: 1)
        guard let expiresAt = calendar.date(from: nextMonth) else { throw .invalidExpiry }
        if now >= expiresAt { throw .expired(month: month, year: fullYear) }
        let currentYear = calendar.component(.year, from: now)
        guard fullYear <= currentYear + maximumYearsAhead else { throw .invalidExpiry }
        return fullYear
    }

    static func validateCVC(_ cvc: String, brand: CardBrand) throws(CardValidationError) {
        guard cvc.count == brand.cvcLength, cvc.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .invalidCVC }
    }

    /// `byteCount` random bytes in lower-case hex. Each byte is the low byte of one `next()`,
    /// exactly what `UInt8.random(in: .min ... .max, using:)` draws, so seeded runs give the
    /// tokens they always gave; written straight into the string's storage, since every order
    /// placed with a card comes through here.
    static func randomHex(byteCount: Int, using random: inout some RandomNumberGenerator) -> String {
        String(unsafeUninitializedCapacity: byteCount * 2) { buffer in
            for index in 0..<byteCount {
                let byte = UInt8(truncatingIfNeeded: random.next())
                buffer[2 * index] = hexDigits[Int(byte >> 4)]
                buffer[2 * index + 1] = hexDigits[Int(byte & 0x0f)]
            }
            return byteCount * 2
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
