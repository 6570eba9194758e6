import Testing
@testable import Resilience

@Suite("Retry policy")
struct RetryPolicyTests {
    enum Failure: Error { case transient, permanent }

    static let policy = RetryPolicy(maxAttempts: 3, backoff: Backoff(base: .milliseconds(100), cap: .seconds(1))) {
        ($0 as? Failure) == .transient
    }

    @Test("Transient errors are retried with a delay within the backoff ceiling")
    func retriesTransient() {
        var random = SeededRandomNumberGenerator(seed: 5)
        for attempt in 1...2 {
            guard case .retry(let delay) = Self.policy.decide(after: Failure.transient, attempt: attempt, random: &random) else {
                Issue.record("attempt \(attempt) should be retried")
                continue
            }
            #expect(delay >= .zero && delay <= Self.policy.backoff.ceiling(forRetry: attempt - 1))
        }
    }

    @Test("Gives up after maxAttempts")
    func givesUpAtLimit() {
        var random = SeededRandomNumberGenerator(seed: 5)
        #expect(Self.policy.decide(after: Failure.transient, attempt: 3, random: &random) == .giveUp)
    }

    @Test("Never retries what the classifier calls permanent, nor cancellation")
    func neverRetriesPermanent() {
        var random = SeededRandomNumberGenerator(seed: 5)
        #expect(Self.policy.decide(after: Failure.permanent, attempt: 1, random: &random) == .giveUp)
        let retryEverything = RetryPolicy(maxAttempts: 5) { _ in true }
        #expect(retryEverything.decide(after: CancellationError(), attempt: 1, random: &random) == .giveUp)
    }

    @Test("One attempt means no retries")
    func singleAttempt() {
        var random = SeededRandomNumberGenerator(seed: 5)
        let once = RetryPolicy(maxAttempts: 1) { _ in true }
        #expect(once.decide(after: Failure.transient, attempt: 1, random: &random) == .giveUp)
    }
}
