import Foundation

/// What a payment worker learns from the circuit breaker in front of its gateway. The engine does
/// not know the breaker's type (it lives with the gateway client); whoever wires the processor
/// hands the worker a closure returning this (``PaymentWorker/Configuration/breakerReport``).
///
/// The worker asks after every charge, so a report carries only the transitions the worker has
/// not seen yet (it says how many it has), not the breaker's whole history each time.
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
    /// The latest transitions, oldest first: at least those after the count the reader gave,
    /// as far as the breaker still keeps them.
    public var transitions: [Transition]
    /// How many transitions the breaker has made in all; `transitions` are the last of them.
    public var transitionCount: Int

    /// - Parameter transitionCount: nil when `transitions` is the breaker's whole history.
    public init(state: PaymentGatewayHealth.Breaker, transitions: [Transition], transitionCount: Int? = nil) {
        self.state = state
        self.transitions = transitions
        self.transitionCount = transitionCount ?? transitions.count
    }

    /// The transitions numbered after `known` (counting from the breaker's first), which this
    /// report carries.
    public func transitions(after known: Int) -> ArraySlice<Transition> {
        transitions.suffix(max(0, min(transitions.count, transitionCount - known)))
    }
}
