import Testing
@testable import Payments

@Suite("Card tokenizer")
struct CardTokenizerTests {
    @Test("Each documented test card carries its class in the token", arguments: TestCards.all)
    func classes(number: String, testClass: TestCardClass) throws {
        let token = try Fixtures.tokenize(Fixtures.card(number))
        #expect(token.testClass == testClass)
        #expect(token.token.hasPrefix("tok_\(testClass.rawValue)_"))
    }

    @Test("Any other valid number is approved")
    func otherNumbersApproved() throws {
        #expect(try Fixtures.tokenize(Fixtures.card("6011111111111117")).testClass == .approved)
        #expect(try Fixtures.tokenize(Fixtures.card("378282246310005", cvc: "1234")).testClass == .approved)
    }

    @Test("The token keeps brand, last four and expiry for receipts")
    func displayFields() throws {
        let token = try Fixtures.tokenize(Fixtures.card(TestCards.mastercardApproved, month: 7, year: 2031))
        #expect(token.brand == .mastercard)
        #expect(token.last4 == "4444")
        #expect(token.expiryMonth == 7)
        #expect(token.expiryYear == 2031)
    }

    @Test("Token strings are random but reproducible from the seed")
    func randomness() throws {
        let card = Fixtures.card(TestCards.visaApproved)
        let first = try Fixtures.tokenize(card, seed: 7)
        #expect(try Fixtures.tokenize(card, seed: 7) == first)
        #expect(try Fixtures.tokenize(card, seed: 8) != first)
        let randomPart = first.token.split(separator: "_").last!
        #expect(randomPart.count == 32)
        #expect(randomPart.allSatisfy { $0.isHexDigit })
    }

    @Test("A token of an unknown shape is charged as approved")
    func unknownShape() {
        let token = CardToken(token: "tok_something_else_entirely", brand: .visa, last4: "4242", expiryMonth: 1, expiryYear: 2030)
        #expect(token.testClass == .approved)
    }
}
