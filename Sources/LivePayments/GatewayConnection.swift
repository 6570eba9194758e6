import DeliveryEngine
import Foundation
import PaymentGateway
import Payments
import Resilience

/// A payment gateway this process talks to: the HTTP client wrapped in the circuit breaker and
/// the retry policy, as the engine's ``PaymentProcessor``. Call ``shutdown()`` once nothing uses
/// it any more (the HTTP client insists on being closed before it goes away).
public final class GatewayConnection: Sendable {
    public let url: URL
    public let processor: ResilientPaymentProcessor
    let http: HTTPPaymentProcessor

    /// - Parameters:
    ///   - breaker, retryPolicy: as ``ResilientPaymentProcessor`` documents; tests make them small.
    ///   - timeout: per HTTP request (``HTTPPaymentProcessor``'s default reasoning applies).
    ///   - now: the breaker's time line; by default time since this connection was made. A drill
    ///     passes time since its own start, so transitions read as seconds into the drill.
    public init(
        url: URL, breaker: CircuitBreaker.Configuration = .init(),
        retryPolicy: RetryPolicy = ResilientPaymentProcessor.defaultRetryPolicy,
        timeout: Duration = .seconds(5), now: (@Sendable () -> Duration)? = nil
    ) {
        self.url = url
        http = HTTPPaymentProcessor(baseURL: url.absoluteString, timeout: timeout)
        processor = ResilientPaymentProcessor(wrapping: http, breaker: breaker, retryPolicy: retryPolicy, now: now)
    }

    /// Engine options for outbox payments through this gateway, keeping the rest of `base`.
    public func engineOptions(_ base: DeliveryEngine.Options) -> DeliveryEngine.Options {
        var options = base
        options.payments = processor
        options.queuesPayments = true
        return options
    }

    /// The breaker as the payment worker records it (``PaymentGatewayHealth``), with only the
    /// transitions after the `known` ones the worker has already placed.
    public func breakerReport(after known: Int = 0) -> BreakerReport {
        let (breaker, now) = processor.breakerReading
        let unseen = breaker.transitions.suffix(max(0, min(breaker.transitions.count, breaker.transitionCount - known)))
        return BreakerReport(state: breaker.state, transitions: Array(unseen), transitionCount: breaker.transitionCount, now: now)
    }

    public func shutdown() async {
        try? await http.shutdown()
    }
}
