import Foundation
import Resilience

/// What a payment worker learns from the circuit breaker in front of its gateway. The engine does
/// not hold the breaker (it lives with the gateway client); whoever wires the processor hands the
/// worker a closure returning this (``PaymentWorker/Configuration/breakerReport``).
///
/// The worker asks after every charge, so a report carries only the transitions the worker has
/// not seen yet (it says how many it has), not the breaker's whole history each time.
public struct BreakerReport: Sendable, Equatable {
    public var state: CircuitBreaker.State
    /// The latest transitions, oldest first, on the breaker's own time line: at least those after
    /// the count the reader gave, as far as the breaker still keeps them.
    public var transitions: [CircuitBreaker.Transition<Duration>]
    /// How many transitions the breaker has made in all; `transitions` are the last of them.
    public var transitionCount: Int
    /// The breaker's time line when the report was made: a transition happened `now - at` before it.
    public var now: Duration

    /// - Parameter transitionCount: nil when `transitions` is the breaker's whole history.
    public init(
        state: CircuitBreaker.State, transitions: [CircuitBreaker.Transition<Duration>],
        transitionCount: Int? = nil, now: Duration = .zero
    ) {
        self.state = state
        self.transitions = transitions
        self.transitionCount = transitionCount ?? transitions.count
        self.now = now
    }

    /// The transitions numbered after `known` (counting from the breaker's first), which this
    /// report carries.
    public func transitions(after known: Int) -> ArraySlice<CircuitBreaker.Transition<Duration>> {
        transitions.suffix(max(0, min(transitions.count, transitionCount - known)))
    }

    /// Those transitions placed on the reader's clock, whose time was `reportedAt` when the report
    /// was made (the breaker's time line and the reader's clock share only that moment).
    public func transitions(after known: Int, reportedAt: Date) -> [CircuitBreaker.Transition<Date>] {
        transitions(after: known).map { transition in
            transition.placed { at in
                let (seconds, attoseconds) = (now - at).components
                return reportedAt.addingTimeInterval(-max(0, Double(seconds) + Double(attoseconds) / 1e18))
            }
        }
    }
}
