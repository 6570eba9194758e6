import Foundation
import Testing
@testable import Payments

/// The secrets rule: a full card number or CVC never reaches a printed or stored value.
@Suite("Secrets never leak")
struct SecretsTests {
    static let number = "4242 4242 4242 4242"
    static let digits = "4242424242424242"
    static let cvc = "987"

    /// Every way Swift prints a value, concatenated.
    static func everyRendering(of value: Any) -> String {
        var dumped = ""
        dump(value, to: &dumped)
        let mirror = Mirror(reflecting: value).children.map { "\($0.label ?? ""): \($0.value)" }.joined(separator: ",")
        return [String(describing: value), String(reflecting: value), "\(value)", dumped, mirror].joined(separator: "\n")
    }

    static func expectNoSecrets(in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.contains(digits), "full number leaked", sourceLocation: sourceLocation)
        #expect(!text.contains(number), "full number leaked", sourceLocation: sourceLocation)
        #expect(!text.contains("42424242"), "more than the last four digits leaked", sourceLocation: sourceLocation)
        #expect(!text.contains(cvc), "CVC leaked", sourceLocation: sourceLocation)
    }

    @Test("CardDetails prints as brand and last four only")
    func cardDetailsRenderings() {
        let card = CardDetails(number: Self.number, expiryMonth: 12, expiryYear: 2030, cvc: Self.cvc)
        #expect(card.description == "Visa •••• 4242")
        let text = Self.everyRendering(of: card)
        Self.expectNoSecrets(in: text)
        #expect(text.contains("4242"))
    }

    @Test("A card inside other values stays masked")
    func nestedCard() {
        let card = CardDetails(number: Self.number, expiryMonth: 12, expiryYear: 2030, cvc: Self.cvc)
        Self.expectNoSecrets(in: Self.everyRendering(of: [card]))
        Self.expectNoSecrets(in: Self.everyRendering(of: (card, "order-1")))
    }

    @Test("A short mistyped number is not shown whole")
    func shortNumberMasked() {
        let card = CardDetails(number: "4242 4242", expiryMonth: 12, expiryYear: 2030, cvc: Self.cvc)
        #expect(card.description == "Visa •••• ????")
        #expect(!Self.everyRendering(of: card).contains("42424242"))
    }

    @Test(
        "Validation errors never echo the number or CVC",
        arguments: [
            "4242 4242 4242 4241", "4242 4242 4242 424x", "42424242424242424242", "424242424",
        ])
    func errorsDoNotEcho(number: String) throws {
        let card = CardDetails(number: number, expiryMonth: 12, expiryYear: 2030, cvc: Self.cvc)
        let error = try #require(Fixtures.validationError(card))
        let digitsOnly = number.filter(\.isNumber)
        let text = Self.everyRendering(of: error) + "\n" + "\(error as any Error)"
        #expect(!text.contains(digitsOnly))
        #expect(!text.contains(number))
        #expect(!text.contains(Self.cvc))
    }

    @Test("A CVC error does not contain the CVC")
    func cvcErrorDoesNotEcho() throws {
        let card = CardDetails(number: Self.number, expiryMonth: 12, expiryYear: 2030, cvc: "98")
        let error = try #require(Fixtures.validationError(card))
        #expect(error == .invalidCVC)
        #expect(!Self.everyRendering(of: error).contains("98"))
    }

    @Test("The token and everything derived from it hold no secrets")
    func tokenHoldsNoSecrets() throws {
        let card = CardDetails(number: Self.number, expiryMonth: 12, expiryYear: 2030, cvc: Self.cvc)
        let token = try Fixtures.tokenize(card)
        let request = ChargeRequest(idempotencyKey: "k1", amount: 18_000, token: token, reference: "order-1")
        let encoded = String(decoding: try JSONEncoder().encode(request), as: UTF8.self)
        Self.expectNoSecrets(in: Self.everyRendering(of: token) + encoded + Self.everyRendering(of: request))
    }
}
