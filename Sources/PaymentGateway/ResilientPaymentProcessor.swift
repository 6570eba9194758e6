import Foundation
import Payments
import Resilience

/// Wraps any ``PaymentProcessor`` with a ``CircuitBreaker`` and a ``RetryPolicy``.
///
/// Each attempt asks the breaker first: while it is open, calls fail at once with
/// ``PaymentProcessorError/circuitOpen(retryAfter:)`` instead of waiting on a processor known to be failing.
/// Transient errors (``PaymentProcessorError/isTransient``) are retried after a jittered backoff, with the same
/// request and so the same idempotency key; declines are answers and go straight back to the caller.
///
/// What the breaker is told: an answer (approval, decline, refund outcome) is a success; a transient error is a
/// failure; anything else (a 4xx, cancellation) says nothing about the processor's health and is ignored.
///
/// Time, sleeping and randomness are injected so tests run instantly and reproducibly. The breaker lives behind a
/// lock so screens can read ``state`` and ``transitions`` synchronously while charges run.
public final class ResilientPaymentProcessor: PaymentProcessor, @unchecked Sendable {
    // @unchecked: every mutable field below is only touched while holding `lock`.
    private let lock = NSLock()
    private var breaker: CircuitBreaker
    private var random: SharedRandom

    public let wrapped: any PaymentProcessor
    public let retryPolicy: RetryPolicy
    private let now: @Sendable () -> Duration
    private let sleep: @Sendable (Duration) async throws -> Void

    /// - Parameters:
    ///   - wrapped: the processor doing the work.
    ///   - breaker: breaker settings; see ``CircuitBreaker/Configuration`` for why the defaults are what they are.
    ///   - retryPolicy: defaults to 3 attempts, retrying ``PaymentProcessorError`` values that are transient.
    ///   - random: jitter source.
    ///   - now: time on the breaker's time line; defaults to time since this processor was made.
    ///   - sleep: waits between attempts; tests pass one that returns at once or advances a fake clock.
    public init(
        wrapping wrapped: any PaymentProcessor,
        breaker: CircuitBreaker.Configuration = .init(),
        retryPolicy: RetryPolicy = ResilientPaymentProcessor.defaultRetryPolicy,
        random: any RandomNumberGenerator & Sendable = SystemRandomNumberGenerator(),
        now: (@Sendable () -> Duration)? = nil,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.wrapped = wrapped
        self.breaker = CircuitBreaker(configuration: breaker)
        self.retryPolicy = retryPolicy
        self.random = SharedRandom(base: random)
        if let now {
            self.now = now
        } else {
            let start = ContinuousClock.now
            self.now = { ContinuousClock.now - start }
        }
        self.sleep = sleep
    }

    /// Three attempts with 100 ms → 2 s full-jitter backoff, retrying only transient processor errors.
    public static let defaultRetryPolicy = RetryPolicy(maxAttempts: 3, backoff: Backoff()) { error in
        (error as? PaymentProcessorError)?.isTransient ?? false
    }

    // MARK: For screens and reports

    public var state: CircuitBreaker.State { lock.withLock { breaker.state } }
    public var transitions: [CircuitBreaker.Transition<Duration>] { lock.withLock { breaker.transitions } }
    /// The whole breaker (window, rates, configuration), copied.
    public var breakerSnapshot: CircuitBreaker { lock.withLock { breaker } }
    /// The breaker with the current time on its time line, read together, so a reader can tell
    /// how long ago each transition was.
    public var breakerReading: (breaker: CircuitBreaker, now: Duration) { lock.withLock { (breaker, now()) } }

    // MARK: PaymentProcessor

    public func charge(_ request: ChargeRequest) async throws -> ChargeOutcome {
        try await withResilience { try await self.wrapped.charge(request) }
    }

    public func refund(_ request: RefundRequest) async throws -> RefundOutcome {
        try await withResilience { try await self.wrapped.refund(request) }
    }

    public func findCharge(idempotencyKey: String) async throws -> ChargeOutcome? {
        try await withResilience { try await self.wrapped.findCharge(idempotencyKey: idempotencyKey) }
    }

    public func voidAuthorization(idempotencyKey: String) async throws -> ChargeOutcome? {
        try await withResilience { try await self.wrapped.voidAuthorization(idempotencyKey: idempotencyKey) }
    }

    /// One call through the breaker and the retries: a batch retried whole is safe, since each
    /// charge in it keeps its key. A charge that failed alone inside an answered batch tells the
    /// breaker nothing; the caller settles it on its own.
    public func charge(all requests: [ChargeRequest]) async throws -> [Result<ChargeOutcome, any Error>] {
        try await withResilience { try await self.wrapped.charge(all: requests) }
    }

    // MARK: The loop

    private func withResilience<Value: Sendable>(_ operation: @Sendable () async throws -> Value) async throws -> Value {
        var attempt = 1
        while true {
            let permit = lock.withLock { breaker.permit(now: now()) }
            if case .rejected(let retryAfter) = permit {
                throw PaymentProcessorError.circuitOpen(retryAfter: retryAfter)
            }
            let started = now()
            do {
                let value = try await operation()
                record(.success(now() - started))
                return value
            } catch {
                let elapsed = now() - started
                let isFailure = (error as? PaymentProcessorError)?.isTransient ?? false
                record(isFailure ? .failure(elapsed) : .ignored)
                let decision = lock.withLock { retryPolicy.decide(after: error, attempt: attempt, random: &random) }
                guard case .retry(let delay) = decision else { throw error }
                try await sleep(delay)
                attempt += 1
            }
        }
    }

    private func record(_ outcome: CircuitBreaker.Outcome) {
        lock.withLock { breaker.record(outcome, now: now()) }
    }
}

/// Holds whichever generator the owner injected, as a concrete type the generic retry policy can take `inout`.
private struct SharedRandom: RandomNumberGenerator {
    var base: any RandomNumberGenerator & Sendable

    mutating func next() -> UInt64 {
        base.next()
    }
}
