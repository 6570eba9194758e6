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

    /// Why, in Korean, as a clause the sentence around it ("결제가 거절됐어요(…)") completes.
    public var korean: String {
        switch self {
        case .declined: "카드사가 승인하지 않았어요"
        case .insufficientFunds: "잔액이나 한도가 부족해요"
        case .expiredCard: "유효기간이 지난 카드예요"
        case .fraudSuspected: "카드사가 이상 거래로 보고 막았어요"
        }
    }

    /// A decline's recorded reason in Korean. An order's event keeps the issuer's ``message``
    /// (events from before the issuer's code was kept carry only that), so the message is read
    /// back as its reason; a reason this build does not know is shown as recorded.
    public static func korean(describing recorded: String) -> String {
        allCases.first { $0.message == recorded }?.korean ?? recorded
    }
}

/// The processor's answer to a charge.
public enum ChargeOutcome: Codable, Sendable, Equatable {
    /// Money taken; `paymentID` is needed to refund.
    case approved(paymentID: String)
    case declined(DeclineReason)
}
