import Foundation

extension OpeningHours {
    /// When a store closed at `instant` next opens, in Korean time: today, or tomorrow when
    /// today's opening has passed (it closed for the night). Nil while it is open.
    ///
    ///     // 10:30-22:00
    ///     hours.nextOpening(after: eightInTheMorningKST)    // NextOpening(clock: "10:30", isTomorrow: false)
    ///     hours.nextOpening(after: elevenAtNightKST)        // NextOpening(clock: "10:30", isTomorrow: true)
    public func nextOpening(after instant: Date) -> NextOpening? {
        guard !isOpen(at: instant) else { return nil }
        let now = KoreanTime.minuteOfDay(at: instant)
        return NextOpening(
            clock: String(format: "%02d:%02d", opensAt / 60, opensAt % 60), isTomorrow: opensAt <= now)
    }
}

/// The time a closed store opens again, as a customer reads it.
public struct NextOpening: Sendable, Hashable {
    /// `HH:MM`, Korean time.
    public let clock: String
    /// Whether it opens only tomorrow.
    public let isTomorrow: Bool

    public init(clock: String, isTomorrow: Bool) {
        self.clock = clock
        self.isTomorrow = isTomorrow
    }
}
