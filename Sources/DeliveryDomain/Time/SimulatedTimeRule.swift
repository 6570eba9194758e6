import Foundation

/// The rule for moving a simulated database's time, as a pure function: the engine reads the
/// stored time and the newest recorded event, asks this rule, and writes what it answers.
///
///     let next = try SimulatedTimeRule.advance(by: 61 * 60, from: now, mode: .simulated)
///
/// Recorded times never run backwards: `clock` may go back only as far as the newest event
/// already recorded (a fresh script may still start its story earlier than the default start),
/// and never before 2000 or after 2100. `advance` moves forward at most ``longestAdvance`` at once,
/// so a typo cannot date events in the year 17 billion.
public enum SimulatedTimeRule {
    /// The longest single `advance`: a year and a day covers every rule's window (the 3-month
    /// history, the 24-hour review window) with room to spare.
    public static let longestAdvance: TimeInterval = 366 * 24 * 3600

    /// The instants a simulated clock may show.
    public static let earliest = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01 00:00 UTC
    public static let latest = Date(timeIntervalSince1970: 4_102_444_800)  // 2100-01-01 00:00 UTC

    /// The time after `clock target`.
    /// - Parameter newestRecorded: the time of the newest event in the log, if any.
    /// - Throws: ``RuleViolation/liveClock`` on a live database,
    ///   ``RuleViolation/timeOutOfRange`` outside 2000–2099, ``RuleViolation/timeRunsBackwards(newest:)``
    ///   before the newest recorded event.
    public static func set(to target: Date, newestRecorded: Date?, mode: TimeMode) throws(RuleViolation) -> Date {
        guard mode == .simulated else { throw .liveClock }
        guard target >= earliest, target < latest else { throw .timeOutOfRange }
        if let newestRecorded, target < newestRecorded { throw .timeRunsBackwards(newest: newestRecorded) }
        return target
    }

    /// The time after `advance seconds` from `now`.
    /// - Throws: ``RuleViolation/liveClock`` on a live database, ``RuleViolation/timeRunsBackwards(newest:)``
    ///   for a negative step, ``RuleViolation/advanceTooLong(seconds:)`` past ``longestAdvance``,
    ///   ``RuleViolation/timeOutOfRange`` past 2099.
    public static func advance(by seconds: TimeInterval, from now: Date, mode: TimeMode) throws(RuleViolation) -> Date {
        guard mode == .simulated else { throw .liveClock }
        guard seconds.isFinite, seconds >= 0 else { throw .timeRunsBackwards(newest: now) }
        guard seconds <= longestAdvance else { throw .advanceTooLong(seconds: seconds) }
        let next = now.addingTimeInterval(seconds)
        guard next < latest else { throw .timeOutOfRange }
        return next
    }
}
