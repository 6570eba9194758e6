import Foundation

/// The scenario's fixed limits, in one place.
public enum OrderLimits {
    /// One order holds at most this many menu items, counted by quantity.
    public static let maxItems = 10
    /// Reviews open this long after delivery...
    public static let reviewOpensAfter: Double = 60 * 60
    /// ...and close this long after it.
    public static let reviewClosesAfter: Double = 24 * 60 * 60
    /// History reaches back this many months: a customer's orders, a rider's deliveries.
    public static let historyMonths = 3
    public static let maxReviewLength = 500
}

extension OrderLimits {
    /// Where history starts when it is read at `now`: the same day of the month, three months
    /// before, on Korean calendars.
    public static func historyStart(before now: Date) -> Date {
        KoreanTime.calendar.date(byAdding: .month, value: -historyMonths, to: now) ?? now
    }
}
