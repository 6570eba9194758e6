import Foundation

/// What a payment worker learns from the circuit breaker in front of its gateway. The engine does
/// not know the breaker's type (it lives with the gateway client); whoever wires the processor
/// hands the worker a closure returning this (``PaymentWorker/Configuration/breakerReport``).
public struct BreakerReport: Sendable, Equatable {
    public struct Transition: Sendable, Equatable {
        public var from: PaymentGatewayHealth.Breaker
        public var to: PaymentGatewayHealth.Breaker
        /// How long before the report it happened: the breaker keeps its own time line, so the
        /// worker places the transition on its clock by subtracting this from its now.
        public var secondsAgo: TimeInterval
        public var reason: String

        public init(from: PaymentGatewayHealth.Breaker, to: PaymentGatewayHealth.Breaker, secondsAgo: TimeInterval, reason: String) {
            self.from = from
            self.to = to
            self.secondsAgo = secondsAgo
            self.reason = reason
        }
    }

    public var state: PaymentGatewayHealth.Breaker
    /// Every transition so far, oldest first.
    public var transitions: [Transition]

    public init(state: PaymentGatewayHealth.Breaker, transitions: [Transition]) {
        self.state = state
        self.transitions = transitions
    }
}
