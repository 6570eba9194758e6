/// Decides whether a failed attempt is tried again, and after how long.
///
/// Only errors the `isRetryable` classifier calls transient are retried (timeouts, refused connections,
/// 5xx): anything else would fail the same way again. Business answers such as a declined card are not
/// errors at all, so they never reach the policy. Retrying a charge is safe only because every attempt
/// carries the same idempotency key.
///
/// Pure: the caller performs the attempts and the sleeps, so tests need no clock.
public struct RetryPolicy: Sendable {
    /// Attempts in total, the first included; 1 means never retry.
    public var maxAttempts: Int
    public var backoff: Backoff
    /// Whether an error is worth another attempt.
    public var isRetryable: @Sendable (any Error) -> Bool

    /// What to do after a failed attempt.
    public enum Decision: Sendable, Equatable {
        case retry(after: Duration)
        case giveUp
    }

    /// Defaults: 3 attempts (first try plus two retries) with ``Backoff``'s defaults: at most about 2.3 s spent
    /// waiting, which a customer at checkout tolerates; more attempts would mostly add load to a dependency that
    /// the circuit breaker should be judging instead.
    public init(
        maxAttempts: Int = 3,
        backoff: Backoff = Backoff(),
        isRetryable: @escaping @Sendable (any Error) -> Bool
    ) {
        precondition(maxAttempts >= 1, "at least one attempt is made")
        self.maxAttempts = maxAttempts
        self.backoff = backoff
        self.isRetryable = isRetryable
    }

    /// After attempt number `attempt` (1-based) failed with `error`: retry after a jittered delay, or give up.
    public func decide(
        after error: any Error,
        attempt: Int,
        random: inout some RandomNumberGenerator
    ) -> Decision {
        guard attempt < maxAttempts, !(error is CancellationError), isRetryable(error) else { return .giveUp }
        return .retry(after: backoff.delay(forRetry: attempt - 1, using: &random))
    }
}
