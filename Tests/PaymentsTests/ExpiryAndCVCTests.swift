import Testing
@testable import Payments

@Suite("Expiry and CVC validation")
struct ExpiryAndCVCTests {
    @Test("A card is valid through the last moment of its expiry month")
    func validThroughEndOfMonth() {
        let card = Fixtures.card(TestCards.visaApproved, month: 3, year: 2026)
        #expect(Fixtures.validationError(card, now: Fixtures.date(2026, 3, 31, hour: 23)) == nil)
        #expect(Fixtures.validationError(card, now: Fixtures.date(2026, 4, 1, hour: 0)) == .expired(month: 3, year: 2026))
    }

    @Test("Last month's card is expired, with the date in the error")
    func pastMonthExpired() {
        let error = Fixtures.validationError(Fixtures.card(TestCards.visaApproved, month: 2, year: 2026))
        #expect(error == .expired(month: 2, year: 2026))
        #expect(error?.description.contains("02/2026") == true)
    }

    @Test("Two-digit years mean 20xx")
    func twoDigitYears() throws {
        let token = try Fixtures.tokenize(Fixtures.card(TestCards.visaApproved, month: 12, year: 29))
        #expect(token.expiryYear == 2029)
        #expect(Fixtures.validationError(Fixtures.card(TestCards.visaApproved, month: 1, year: 25)) == .expired(month: 1, year: 2025))
    }

    @Test("Months outside 1-12 and far-future years are invalid", arguments: [(0, 2030), (13, 2030), (-1, 2030), (6, 2092), (6, -5)])
    func invalidExpiry(month: Int, year: Int) {
        #expect(Fixtures.validationError(Fixtures.card(TestCards.visaApproved, month: month, year: year)) == .invalidExpiry)
    }

    @Test("CVC is 3 digits, 4 for American Express")
    func cvcLengths() {
        #expect(Fixtures.validationError(Fixtures.card(TestCards.visaApproved, cvc: "123")) == nil)
        #expect(Fixtures.validationError(Fixtures.card(TestCards.visaApproved, cvc: "1234")) == .invalidCVC)
        #expect(Fixtures.validationError(Fixtures.card(TestCards.visaApproved, cvc: "12")) == .invalidCVC)
        #expect(Fixtures.validationError(Fixtures.card(TestCards.visaApproved, cvc: "12a")) == .invalidCVC)
        #expect(Fixtures.validationError(Fixtures.card("378282246310005", cvc: "1234")) == nil)
        #expect(Fixtures.validationError(Fixtures.card("378282246310005", cvc: "123")) == .invalidCVC)
    }

    @Test("Checks run in the order a customer fixes them: number before expiry before CVC")
    func order() {
        let everythingWrong = Fixtures.card("4242 4242 4242 4241", month: 13, year: 2030, cvc: "1")
        #expect(Fixtures.validationError(everythingWrong) == .failsLuhn)
        let expiryAndCVCWrong = Fixtures.card(TestCards.visaApproved, month: 13, year: 2030, cvc: "1")
        #expect(Fixtures.validationError(expiryAndCVCWrong) == .invalidExpiry)
    }

    @Test(
        "Every message says what to do",
        arguments: [
            CardValidationError.notDigits, .wrongLength(11), .failsLuhn, .invalidExpiry, .expired(month: 1, year: 2025), .invalidCVC,
        ])
    func messagesAreActionable(error: CardValidationError) {
        let message = error.description
        #expect(message.hasSuffix("."))
        #expect(["Check", "Enter", "Use"].contains { message.contains($0) })
    }
}
