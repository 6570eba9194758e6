import Foundation

/// What is checked when a remembered card pays again: the CVC typed now, and the expiry kept
/// with the token. The CVC is compared with nothing stored (nothing is): a processor checks it
/// against the card; here its form is checked, as the tokenizer does, and then it is dropped.
///
///     try RememberedCardCheck.check(cvc: CardSecurityCode("123"), brand: .visa, expiryMonth: 12, expiryYear: 2030,
///                                   now: now, calendar: korean)
public enum RememberedCardCheck {
    public static func check(
        cvc: CardSecurityCode, brand: CardBrand, expiryMonth: Int, expiryYear: Int, now: Date, calendar: Calendar
    ) throws(CardValidationError) {
        _ = try CardTokenizer.validatedExpiry(month: expiryMonth, year: expiryYear, now: now, calendar: calendar)
        try CardTokenizer.validateCVC(cvc.rawDigits, brand: brand)
    }
}
