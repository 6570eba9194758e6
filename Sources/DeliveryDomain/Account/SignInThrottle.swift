import Foundation

/// How long an account makes the next password wait, by where it is typed.
///
/// Each source (``SignInSource``: this machine, or an SSH address) has its own
/// ``SignInBackoff``: three typos free, then 1 s doubling to 15 min. Counted per account alone,
/// anyone who knew a name could keep its owner out by typing three wrong passwords every
/// quarter hour; per source, they slow only themselves.
///
/// Guessing from many addresses at once is bounded for the account as a whole: past
/// ``accountLimit`` wrong passwords within ``accountWindow`` from all sources together, every
/// password waits until the oldest of them leaves the window. One address at its back-off's
/// pace gives about 110 wrong passwords a day, so only several addresses together can reach
/// it; an owner kept out then still signs in with an SSH key, or the operator resets the
/// password (which clears everything).
///
/// The right password clears its own source's count, not the others': a guesser elsewhere keeps
/// their wait, and the account-wide window counts failures, not people.
public struct SignInThrottle: Sendable, Equatable {
    /// The back-off of each source with failures since its last right password.
    public private(set) var bySource: [SignInSource: SignInBackoff] = [:]
    /// When the newest wrong passwords (at most ``accountLimit``) were given, from any source,
    /// oldest first.
    public private(set) var recentFailures: [Date] = []

    /// Sources remembered; past this, the one whose last failure is oldest is forgotten (the
    /// account-wide window still counts its failures).
    public static let maximumSources = 64
    /// Wrong passwords from all sources together within ``accountWindow`` before every password waits.
    public static let accountLimit = 300
    public static let accountWindow: TimeInterval = 24 * 60 * 60

    public init() {}

    /// Whole seconds until a password typed at `source` may be checked (rounded up); 0 now.
    public func secondsToWait(from source: SignInSource, at now: Date) -> Int {
        max(bySource[source]?.secondsToWait(at: now) ?? 0, accountSecondsToWait(at: now))
    }

    /// The account-wide wait alone: non-zero only while the limit is reached within the window.
    /// A clock behind the failures waits at most one window.
    public func accountSecondsToWait(at now: Date) -> Int {
        guard recentFailures.count >= Self.accountLimit, let oldest = recentFailures.first else { return 0 }
        let left = min(Self.accountWindow, oldest.addingTimeInterval(Self.accountWindow).timeIntervalSince(now))
        return left > 0 ? Int(left.rounded(.up)) : 0
    }

    /// Wrong passwords in a row from `source` since its last right one.
    public func failures(from source: SignInSource) -> Int { bySource[source]?.failures ?? 0 }

    mutating func recordFailure(from source: SignInSource, at date: Date) {
        bySource[source, default: SignInBackoff()].failures += 1
        bySource[source]?.lastFailureAt = date
        if bySource.count > Self.maximumSources,
            let stalest = bySource.filter({ $0.key != source }).min(by: {
                ($0.value.lastFailureAt ?? .distantPast) < ($1.value.lastFailureAt ?? .distantPast)
            })
        {
            bySource[stalest.key] = nil
        }
        recentFailures.append(date)
        if recentFailures.count > Self.accountLimit { recentFailures.removeFirst(recentFailures.count - Self.accountLimit) }
    }

    /// The right password from `source`; nil (an event recorded before sources were) cleared
    /// everything, as it did then.
    mutating func recordSuccess(from source: SignInSource?) {
        guard let source else { return self = SignInThrottle() }
        bySource[source] = nil
    }
}
