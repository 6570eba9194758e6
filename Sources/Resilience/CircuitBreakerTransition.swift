import Foundation

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

    /// One change of the breaker's state: from, to, when and why. The only transition type:
    /// the breaker, the payment worker's health record, the screens and the drills all use it.
    ///
    /// `Time` is the time line the transition is placed on. The breaker has no clock, so its own
    /// transitions are at a ``Duration`` on its owner's time line; whoever reports them elsewhere
    /// re-places them with ``placed(_:)`` (the payment worker on its clock's `Date`, a drill at
    /// seconds since its start):
    ///
    /// ```swift
    /// // The breaker's time line starts when the drill does.
    /// let inTheReport = transition.placed { Double($0.components.seconds) }
    /// ```
    public struct Transition<Time: Sendable>: Sendable {
        public var from: State
        public var to: State
        /// When it happened, on the owner's time line.
        public var at: Time
        public var reason: Reason

        public init(from: State, to: State, at: Time, reason: Reason) {
            self.from = from
            self.to = to
            self.at = at
            self.reason = reason
        }

        /// The same transition on another time line.
        public func placed<Other>(_ convert: (Time) throws -> Other) rethrows -> Transition<Other> {
            Transition<Other>(from: from, to: to, at: try convert(at), reason: reason)
        }
    }
}

extension CircuitBreaker.Transition: Equatable where Time: Equatable {}

/// Stored and printed as `{"from": "closed", "to": "open", "at": …, "reason": "failure rate 60%"}`:
/// the shape the payment gateway's health record has always had in the database.
extension CircuitBreaker.Transition: Codable where Time: Codable {}

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

    /// Reads back a ``description``; rates come back to the whole percent they were written with.
    public init?(description: String) {
        func percent(after prefix: String) -> Double? {
            guard description.hasPrefix(prefix), description.hasSuffix("%"),
                let whole = Int(description.dropFirst(prefix.count).dropLast())
            else { return nil }
            return Double(whole) / 100
        }
        switch description {
        case "open duration elapsed": self = .openDurationElapsed
        case "probes succeeded": self = .probesSucceeded
        case "probe failed": self = .probeFailed
        default:
            if let rate = percent(after: "failure rate ") {
                self = .failureRate(rate)
            } else if let rate = percent(after: "slow-call rate ") {
                self = .slowCallRate(rate)
            } else {
                return nil
            }
        }
    }
}

/// A reason is stored as the words a person reads ("failure rate 60%"), as it always was.
extension CircuitBreaker.Reason: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let reason = Self(description: text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "Not a circuit breaker's reason: \(text)"))
        }
        self = reason
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension CircuitBreaker.Transition: CustomStringConvertible where Time == Duration {
    /// "closed → open at 3.200 s (failure rate 60%)".
    public var description: String {
        let millis = at.components.seconds * 1000 + at.components.attoseconds / 1_000_000_000_000_000
        let fraction = String(millis % 1000)
        let padded = String(repeating: "0", count: 3 - fraction.count) + fraction
        return "\(from) → \(to) at \(millis / 1000).\(padded) s (\(reason))"
    }
}
