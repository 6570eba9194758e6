/// Why a processor gave no answer. Declines are never errors: they are ``ChargeOutcome/declined(_:)``.
public enum PaymentProcessorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The processor could not be reached or said it is unavailable (connection refused, 503).
    case unavailable(String)
    /// No answer within the deadline. The request may or may not have been processed: resend with the same
    /// idempotency key, or ask ``PaymentProcessor/findCharge(idempotencyKey:)``.
    case timedOut
    /// The processor answered with an HTTP error status.
    case serverError(status: Int)
    /// The circuit breaker is open: calls are refused locally until `retryAfter` has passed (nil: unknown).
    case circuitOpen(retryAfter: Duration?)

    /// Whether trying again soon, with the same idempotency key, may succeed.
    ///
    /// Unavailability, timeouts and 5xx are transient. A 4xx is a mistake in the request and will fail again.
    /// An open circuit is not: retrying it at once only gets refused again; wait `retryAfter` instead.
    public var isTransient: Bool {
        switch self {
        case .unavailable, .timedOut: true
        case .serverError(let status): (500...599).contains(status)
        case .circuitOpen: false
        }
    }

    public var description: String {
        switch self {
        case .unavailable(let why):
            "The payment processor is unavailable (\(why)). Try again shortly."
        case .timedOut:
            "The payment processor did not answer in time. The charge may have gone through; it will be checked before retrying."
        case .serverError(let status):
            "The payment processor failed with HTTP status \(status). Try again shortly."
        case .circuitOpen(let retryAfter):
            if let retryAfter {
                "Payments are paused after repeated processor failures; trying again in \(Self.seconds(retryAfter))."
            } else {
                "Payments are paused after repeated processor failures; trying again shortly."
            }
        }
    }

    /// "2.5 s": one decimal is enough for a person deciding whether to wait.
    private static func seconds(_ duration: Duration) -> String {
        let tenths = (duration.components.seconds * 10) + (duration.components.attoseconds / 100_000_000_000_000_000)
        return "\(tenths / 10).\(tenths % 10) s"
    }
}
