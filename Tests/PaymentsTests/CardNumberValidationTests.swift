import Testing
@testable import Payments

@Suite("Card number validation")
struct CardNumberValidationTests {
    @Test("Documented test numbers pass Luhn", arguments: TestCards.all.map(\.number))
    func testNumbersPassLuhn(number: String) {
        #expect(Luhn.isValid(CardNumber.digits(of: number)!))
    }

    @Test("A single mistyped digit fails Luhn")
    func mistypedDigitFails() {
        #expect(Fixtures.validationError(Fixtures.card("4242 4242 4242 4241")) == .failsLuhn)
        #expect(Fixtures.validationError(Fixtures.card("5555555555554445")) == .failsLuhn)
    }

    @Test("Spaces and dashes are ignored")
    func separatorsAreIgnored() throws {
        let token = try Fixtures.tokenize(Fixtures.card("4242-4242-4242-4242"))
        #expect(token.last4 == "4242")
        #expect(token.brand == .visa)
    }

    @Test(
        "Anything but digits, spaces and dashes is refused",
        arguments: ["4242 4242 4242 424a", "4242.4242.4242.4242", "", "  ", "４２４２４２４２４２４２４２４２"])
    func nonDigitsRefused(number: String) {
        #expect(Fixtures.validationError(Fixtures.card(number)) == .notDigits)
    }

    @Test("12 to 19 digits, nothing else")
    func lengths() {
        #expect(Fixtures.validationError(Fixtures.card("42424242424")) == .wrongLength(11))
        #expect(Fixtures.validationError(Fixtures.card("42424242424242424242")) == .wrongLength(20))
        // Valid Luhn numbers at both ends of the range.
        #expect(Fixtures.validationError(Fixtures.card("424242424242")) == nil)
        #expect(Fixtures.validationError(Fixtures.card("6200000000000000000")) == nil)
    }

    @Test(
        "Brands from the leading digits",
        arguments: [
            ("4242424242424242", CardBrand.visa),
            ("5555555555554444", .mastercard),
            ("2223003122003222", .mastercard),
            ("378282246310005", .amex),
            ("371449635398431", .amex),
            ("3530111333300000", .jcb),
            ("6200000000000005", .unionPay),
            ("6011111111111117", .unknown),
        ])
    func brands(number: String, brand: CardBrand) throws {
        #expect(CardBrand(digits: number) == brand)
        let cvc = brand == .amex ? "1234" : "123"
        #expect(try Fixtures.tokenize(Fixtures.card(number, cvc: cvc)).brand == brand)
    }
}
