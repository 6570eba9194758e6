/// Card numbers with a known outcome in the sandbox and the gateway simulator (in the spirit of Stripe's test cards).
///
/// The outcome cannot be looked up from the number at charge time, because the number is gone by then:
/// ``CardTokenizer`` maps these numbers to a ``TestCardClass`` and writes the class into the token,
/// so any process holding only the token (a worker, the HTTP gateway) reaches the same outcome.
/// Any expiry in the future and any CVC of the right length work with them.
public enum TestCards {
    /// Visa, always approved.
    public static let visaApproved = "4242 4242 4242 4242"
    /// Mastercard, always approved.
    public static let mastercardApproved = "5555 5555 5555 4444"
    /// Visa, always declined with ``DeclineReason/declined`` (a generic "do not honour").
    public static let declined = "4000 0000 0000 0002"
    /// Visa, always declined with ``DeclineReason/insufficientFunds``.
    public static let insufficientFunds = "4000 0000 0000 9995"
    /// Visa whose charge makes the processor fail: the sandbox throws
    /// `PaymentProcessorError.serverError(status: 502)` and the gateway answers 502, on every attempt.
    public static let processorError = "4000 0000 0000 0119"

    /// Every documented test card with its class, for help screens and the README.
    public static let all: [(number: String, testClass: TestCardClass)] = [
        (visaApproved, .approved),
        (mastercardApproved, .approved),
        (declined, .declined),
        (insufficientFunds, .insufficientFunds),
        (processorError, .processorError),
    ]

    /// The class of a validated number given as bare digits. Any number not listed is approved.
    static func testClass(ofDigits digits: String) -> TestCardClass {
        allByDigits.first { $0.digits == digits }?.testClass ?? .approved
    }

    /// ``all`` as bare digits, normalised once rather than at every tokenising.
    private static let allByDigits: [(digits: String, testClass: TestCardClass)] = all.map {
        (CardNumber.digits(of: $0.number) ?? $0.number, $0.testClass)
    }
}

/// What the sandbox and the gateway simulator do when a token is charged. Carried inside the token string.
public enum TestCardClass: String, Codable, Sendable, CaseIterable {
    /// Charge approved.
    case approved
    /// Declined with ``DeclineReason/declined``.
    case declined
    /// Declined with ``DeclineReason/insufficientFunds``.
    case insufficientFunds
    /// The processor fails with a 502 instead of answering.
    case processorError
}
