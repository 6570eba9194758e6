import DeliveryDomain
import Payments

/// How a payment attempt ended, as the customer is told.
public enum PaymentResult: Sendable, Equatable, CustomStringConvertible {
    case paid(paymentID: String)
    /// The issuer refused the card; `reason` says why, in the processor's words.
    case declined(reason: String)
    /// The processor failed and the attempt was given up (in-process payments settle at once):
    /// the card was not judged and nothing was charged; the order waits for payment, and the
    /// same card may be tried again. No reason travels with it: the processor's error text is
    /// for the log, never for the customer.
    case processorFailed
    /// The processor could not be reached; the request stays queued and is charged later.
    case pending(reason: String)

    public var description: String {
        switch self {
        case .paid: "paid"
        case .declined(let reason): "declined: \(reason)"
        case .processorFailed: "failed: the payment system failed; nothing was charged, try again"
        case .pending(let reason): "pending: \(reason)"
        }
    }
}

public struct CheckoutResult: Sendable, Equatable {
    public let order: OrderID
    public let payment: PaymentResult?
}

extension PaymentResult {
    /// Whether the issuer refused the card (a card declined is not remembered). A processor
    /// failure is not a refusal: the card asked to be remembered is, for the next try.
    public var isDeclined: Bool { if case .declined = self { true } else { false } }
}

/// How a checkout pays: a card typed now (and whether to remember it), or a remembered card
/// with its CVC typed again. The CVC is checked and dropped; only the token is ever kept.
public enum CheckoutPayment: Sendable, Equatable {
    case card(CardDetails, remember: Bool = false)
    case remembered(String, cvc: CardSecurityCode)
}
