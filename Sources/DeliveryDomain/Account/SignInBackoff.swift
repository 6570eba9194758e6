import Foundation

/// How long an account makes the next sign-in wait after wrong passwords.
///
/// Recorded on the account's stream (``AccountEvent/signInFailed(_:)``), so every process
/// sees the same count: guessing from many processes at once gains nothing.
///
/// Typos happen: after 3 failures in a row the next try waits 1 s, and each further failure
/// doubles the wait (2, 4 … 512 s) up to 15 min, where it stays. A guesser gets about 100
/// tries a day on one account, while a person who mistypes three times waits a second. The
/// right password after failures clears the count. A try refused for waiting is not a failure.
///
///     var backoff = SignInBackoff(failures: 5, lastFailureAt: noon)
///     backoff.secondsToWait(at: noon)  // 4
public struct SignInBackoff: Sendable, Equatable {
    /// Wrong passwords in a row since the last right one.
    public var failures: Int
    /// When the last wrong password was given; the wait runs from there.
    public var lastFailureAt: Date?

    /// Failures forgiven outright: typos, a caps-lock key.
    public static let freeFailures = 3
    /// The wait after the first failure beyond the free ones.
    public static let firstDelay: TimeInterval = 1
    /// The cap: long enough to make guessing slow, short enough that the owner is not locked out.
    public static let maximumDelay: TimeInterval = 15 * 60

    public init(failures: Int = 0, lastFailureAt: Date? = nil) {
        self.failures = failures
        self.lastFailureAt = lastFailureAt
    }

    /// The wait after `failures` failures in a row.
    public static func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeFailures else { return 0 }
        let doublings = failures - freeFailures
        // 2^10 s already passes the cap; stopping there keeps the power from overflowing.
        guard doublings < 10 else { return maximumDelay }
        return min(maximumDelay, firstDelay * Double(1 << doublings))
    }

    /// Whole seconds until a sign-in may be tried (rounded up), 0 when it may be tried now.
    /// A clock behind the last failure waits at most ``maximumDelay``, not forever.
    public func secondsToWait(at now: Date) -> Int {
        guard let lastFailureAt else { return 0 }
        let delay = Self.delay(afterFailures: failures)
        let left = min(delay, lastFailureAt.addingTimeInterval(delay).timeIntervalSince(now))
        return left > 0 ? Int(left.rounded(.up)) : 0
    }
}
