import Foundation

/// How long a payment request may stay unanswered (the processor down or slow) before the order
/// is given up. Ten minutes: longer than any ordinary processor outage the breaker rides out,
/// shorter than a hungry customer's patience. Past it, the order is cancelled by the system
/// (nothing was charged, so nothing is refunded) once the processor confirms it never charged.
public enum PaymentDeadline {
    public static let defaultMinutes = 10

    /// When the pending request stops waiting, nil if no request is pending.
    public static func expiry(of state: OrderState, limitSeconds: TimeInterval) -> Date? {
        guard state.status == .awaitingPayment, let pending = state.pendingPayment else { return nil }
        return pending.at.addingTimeInterval(limitSeconds)
    }
}
