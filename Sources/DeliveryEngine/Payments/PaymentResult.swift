import DeliveryDomain

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
