/// A stand-in for a card that is safe to store, log and send to a worker or another process.
///
/// It carries what receipts and screens need (brand, last four, expiry) and an opaque token string.
/// It never contains the number or the CVC. The token string has the form `tok_<class>_<32 hex digits>`,
/// where `<class>` is a ``TestCardClass`` that tells simulated processors which outcome to produce.
public struct CardToken: Codable, Sendable, Equatable, Hashable {
    public let token: String
    public let brand: CardBrand
    public let last4: String
    public let expiryMonth: Int
    public let expiryYear: Int

    public init(token: String, brand: CardBrand, last4: String, expiryMonth: Int, expiryYear: Int) {
        self.token = token
        self.brand = brand
        self.last4 = last4
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
    }

    /// The test class written into the token by ``CardTokenizer``; `.approved` for a token of any other shape.
    public var testClass: TestCardClass {
        let parts = token.split(separator: "_")
        guard parts.count == 3, parts[0] == "tok", let testClass = TestCardClass(rawValue: String(parts[1])) else {
            return .approved
        }
        return testClass
    }

    /// The token string for a class and a random part; used by the tokenizer and by tests that need a token.
    public static func tokenString(testClass: TestCardClass, randomHex: String) -> String {
        "tok_\(testClass.rawValue)_\(randomHex)"
    }
}

extension CardToken: CustomStringConvertible {
    /// "Visa •••• 4242 (12/2030)".
    public var description: String {
        "\(brand.displayName) •••• \(last4) (\(expiryMonth)/\(expiryYear))"
    }
}
