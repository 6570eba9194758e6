import DeliveryDomain
import Payments

/// How a payment attempt ended, as the customer is told.
public enum PaymentResult: Sendable, Equatable, CustomStringConvertible {
    case paid(paymentID: String)
    case declined(reason: String)
    /// The processor could not be reached; the request stays queued and is charged later.
    case pending(reason: String)

    public var description: String {
        switch self {
        case .paid: "paid"
        case .declined(let reason): "declined: \(reason)"
        case .pending(let reason): "pending: \(reason)"
        }
    }
}

public struct CheckoutResult: Sendable, Equatable {
    public let order: OrderID
    public let payment: PaymentResult?
}

extension PaymentResult {
    /// Whether the processor refused the card (a card declined is not remembered).
    public var isDeclined: Bool { if case .declined = self { true } else { false } }
}

/// How a checkout pays: a card typed now (and whether to remember it), or a remembered card
/// with its CVC typed again. The CVC is checked and dropped; only the token is ever kept.
public enum CheckoutPayment: Sendable, Equatable {
    case card(CardDetails, remember: Bool = false)
    case remembered(String, cvc: CardSecurityCode)
}
