/// A request to give back (part of) an approved charge. Idempotent by `idempotencyKey`, like charges.
public struct RefundRequest: Codable, Sendable, Equatable {
    public var idempotencyKey: String
    public var paymentID: String
    /// In won; at most what is left of the charge.
    public var amount: Int

    public init(idempotencyKey: String, paymentID: String, amount: Int) {
        self.idempotencyKey = idempotencyKey
        self.paymentID = paymentID
        self.amount = amount
    }
}

/// The processor's answer to a refund.
public enum RefundOutcome: Codable, Sendable, Equatable {
    case refunded(refundID: String)
    /// Refused for a reason a person can read (unknown payment, more than was charged).
    case rejected(String)
}
