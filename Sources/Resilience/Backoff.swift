/// How long to wait before retry number `n`: exponential backoff with full jitter.
///
/// `delay = random(0 ... min(cap, base · 2ⁿ))`. The ceiling grows exponentially so a struggling dependency gets
/// room; the uniform draw ("full jitter", from AWS's "Exponential Backoff and Jitter") spreads clients that failed
/// together so they don't come back in lock-step and knock the dependency over again.
/// Randomness is injected so tests can check the bounds over seeded draws.
public struct Backoff: Sendable, Equatable {
    /// Ceiling for the first retry (n = 0).
    public var base: Duration
    /// No ceiling grows past this.
    public var cap: Duration

    /// Defaults: 100 ms doubling to at most 2 s: retries of a card charge must fit inside a checkout the
    /// customer is waiting for.
    public init(base: Duration = .milliseconds(100), cap: Duration = .seconds(2)) {
        precondition(base >= .zero && cap >= .zero, "backoff durations cannot be negative")
        self.base = base
        self.cap = cap
    }

    /// `min(cap, base · 2ⁿ)`, without overflowing for large `n`.
    public func ceiling(forRetry n: Int) -> Duration {
        let baseNanos = Self.nanoseconds(base)
        let capNanos = Self.nanoseconds(cap)
        guard n >= 0 else { return .nanoseconds(min(baseNanos, capNanos)) }
        guard n < 63 else { return baseNanos == 0 ? .zero : .nanoseconds(capNanos) }
        let (grown, overflow) = baseNanos.multipliedReportingOverflow(by: Int64(1) << n)
        return .nanoseconds(overflow ? capNanos : min(grown, capNanos))
    }

    /// A delay drawn uniformly from `0 ... ceiling(forRetry: n)`, at nanosecond resolution.
    public func delay(forRetry n: Int, using random: inout some RandomNumberGenerator) -> Duration {
        let ceiling = Self.nanoseconds(ceiling(forRetry: n))
        return .nanoseconds(Int64.random(in: 0...ceiling, using: &random))
    }

    /// Whole nanoseconds, saturating at `Int64.max` (about 292 years).
    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (wholeNanos, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? 0 : .max }
        let (sum, overflow2) = wholeNanos.addingReportingOverflow(attoseconds / 1_000_000_000)
        return overflow2 ? .max : max(0, sum)
    }
}
