extension CircuitBreaker {
    /// Where the breaker stands.
    public enum State: String, Sendable, Equatable, Codable, CaseIterable {
        /// Calls go through; outcomes are judged over the window.
        case closed
        /// Calls are refused locally until the open duration has passed.
        case open
        /// A few probe calls go through to test whether the dependency has recovered.
        case halfOpen
    }

    /// Why the breaker changed state; shown in reports next to the transition.
    public enum Reason: Sendable, Equatable {
        /// Failure rate over the window reached the threshold.
        case failureRate(Double)
        /// Slow-call rate over the window reached the threshold.
        case slowCallRate(Double)
        /// The open duration passed; probing.
        case openDurationElapsed
        /// Every probe succeeded in time.
        case probesSucceeded
        /// A probe failed or was slow.
        case probeFailed
    }

    /// One entry of the transitions log.
    public struct Transition: Sendable, Equatable {
        public let from: State
        public let to: State
        /// The `now` the transition happened at, on the owner's time line.
        public let at: Duration
        public let reason: Reason

        public init(from: State, to: State, at: Duration, reason: Reason) {
            self.from = from
            self.to = to
            self.at = at
            self.reason = reason
        }
    }
}

extension CircuitBreaker.Reason: CustomStringConvertible {
    public var description: String {
        switch self {
        case .failureRate(let rate): "failure rate \(Int((rate * 100).rounded()))%"
        case .slowCallRate(let rate): "slow-call rate \(Int((rate * 100).rounded()))%"
        case .openDurationElapsed: "open duration elapsed"
        case .probesSucceeded: "probes succeeded"
        case .probeFailed: "probe failed"
        }
    }
}

extension CircuitBreaker.Transition: CustomStringConvertible {
    /// "closed → open at 3.200 s (failure rate 60%)".
    public var description: String {
        let millis = at.components.seconds * 1000 + at.components.attoseconds / 1_000_000_000_000_000
        let fraction = String(millis % 1000)
        let padded = String(repeating: "0", count: 3 - fraction.count) + fraction
        return "\(from) → \(to) at \(millis / 1000).\(padded) s (\(reason))"
    }
}
