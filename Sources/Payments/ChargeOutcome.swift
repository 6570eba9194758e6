/// Why the card's issuer refused a charge. A decline is an answer, not a failure: it is never retried.
public enum DeclineReason: String, Codable, Sendable, CaseIterable {
    case declined, insufficientFunds, expiredCard, fraudSuspected

    /// What to tell the customer.
    public var message: String {
        switch self {
        case .declined: "The card was declined by its issuer. Try another card or contact the card issuer."
        case .insufficientFunds: "The card has insufficient funds. Try another card."
        case .expiredCard: "The card has expired. Use a card that is still valid."
        case .fraudSuspected: "The issuer blocked this payment as suspicious. Contact the card issuer or use another card."
        }
    }
}

/// The processor's answer to a charge.
public enum ChargeOutcome: Codable, Sendable, Equatable {
    /// Money taken; `paymentID` is needed to refund.
    case approved(paymentID: String)
    case declined(DeclineReason)
}
