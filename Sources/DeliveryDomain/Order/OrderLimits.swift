/// The scenario's fixed limits, in one place.
public enum OrderLimits {
    /// One order holds at most this many menu items, counted by quantity.
    public static let maxItems = 10
    /// Reviews open this long after delivery...
    public static let reviewOpensAfter: Double = 60 * 60
    /// ...and close this long after it.
    public static let reviewClosesAfter: Double = 24 * 60 * 60
    /// History reaches back this many months.
    public static let historyMonths = 3
    public static let maxReviewLength = 500
}
