import DeliveryEngine
import Foundation
import PaymentGateway
import Payments
import Resilience

/// The executable's side of payments: the engine only knows ``PaymentProcessor``; here the HTTP
/// client is wrapped in the breaker and the retry policy and handed to the engine.
enum PaymentWiring {
    /// A resilient processor talking to the gateway at `url`, its breaker timed from `start`.
    static func gatewayProcessor(url: String, start: ContinuousClock.Instant = .now,
                                 timeout: Duration = .seconds(5)) -> (ResilientPaymentProcessor, HTTPPaymentProcessor) {
        let http = HTTPPaymentProcessor(baseURL: url, timeout: timeout)
        let resilient = ResilientPaymentProcessor(wrapping: http, now: { ContinuousClock.now - start })
        return (resilient, http)
    }

    /// Engine options for outbox payments through the gateway.
    static func outboxOptions(processor: any PaymentProcessor, hasher: PasswordHasher) -> DeliveryEngine.Options {
        DeliveryEngine.Options(payments: processor, hasher: hasher, queuesPayments: true)
    }
}
