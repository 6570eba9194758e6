import DeliveryDomain
import Payments

/// The order's record of a payment that did not go through, from the processor's answer, and
/// back: the domain keeps the issuer's code as the processor gave it, and this build words it.
extension PaymentDeclineCause {
    /// The issuer refused the card for `reason`.
    static func refused(_ reason: DeclineReason) -> Self { .cardRefused(issuerReason: reason.rawValue) }

    /// The issuer's reason, when the card was refused for one this build knows.
    public var issuerDeclineReason: DeclineReason? {
        guard case .cardRefused(let code?) = self else { return nil }
        return DeclineReason(rawValue: code)
    }
}
