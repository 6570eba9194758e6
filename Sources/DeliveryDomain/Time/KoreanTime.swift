import Foundation

/// Times as people in Korea read them, the same on every machine whatever its time zone: the
/// stores are in Korea, so a server in UTC must not close a Seoul restaurant at 7 a.m., expire a
/// card a day early or cut an order history at the wrong midnight.
public enum KoreanTime {
    /// Asia/Seoul: the zone every time in the scenario is read in.
    public static let timeZone = TimeZone(identifier: "Asia/Seoul")!
    /// The Gregorian calendar in Korean time, built once: making a calendar costs more than
    /// the question asked of it, and a store list asks whether each store is open.
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }()

    /// Minutes after midnight in Korea at `instant`, 0 to 1439.
    public static func minuteOfDay(at instant: Date) -> Int {
        if let t = WallTime(instant) { return t.hour * 60 + t.minute }
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
    }

    private static func formatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = format
        return formatter
    }

    public static func clock(_ date: Date) -> String {
        guard let t = WallTime(date) else { return formatter("HH:mm").string(from: date) }
        return "\(two(t.hour)):\(two(t.minute))"
    }

    public static func dayAndClock(_ date: Date) -> String {
        guard let t = WallTime(date) else { return formatter("MM-dd HH:mm").string(from: date) }
        return "\(two(t.month))-\(two(t.day)) \(two(t.hour)):\(two(t.minute))"
    }

    public static func full(_ date: Date) -> String {
        guard let t = WallTime(date) else { return formatter("yyyy-MM-dd HH:mm:ss").string(from: date) }
        return "\(t.year)-\(two(t.month))-\(two(t.day)) \(two(t.hour)):\(two(t.minute)):\(two(t.second))"
    }

    public static func day(_ date: Date) -> String {
        guard let t = WallTime(date) else { return formatter("yyyy-MM-dd").string(from: date) }
        return "\(t.year)-\(two(t.month))-\(two(t.day))"
    }

    /// Parses "2026-11-25 12:00" (Korean time) or an ISO 8601 instant.
    public static func parse(_ text: String) -> Date? {
        for format in ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"] {
            if let date = formatter(format).date(from: text) { return date }
        }
        return ISO8601DateFormatter().date(from: text)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Korea's wall clock by arithmetic: the projector writes a time into most notifications,
    /// and building a `DateFormatter` for each was a fifth of a rebuild. Korea has kept UTC+9
    /// without daylight saving since 1989; earlier instants (and years past 9999) return nil
    /// and go through the time-zone database instead.
    struct WallTime: Equatable {
        let year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

        static let offset = 9 * 3600
        /// 1989-01-01 00:00 in Korea, and 9999-12-31 23:59:59 there.
        static let covered: ClosedRange<Double> = 599_583_600...253_402_268_399

        init?(_ date: Date) {
            let seconds = date.timeIntervalSince1970
            guard Self.covered.contains(seconds) else { return nil }
            // To the nearest millisecond first, as the formatter does, then whole seconds.
            let milliseconds = (seconds * 1000).rounded()
            let local = Int((milliseconds / 1000).rounded(.down)) + Self.offset
            let (days, time) = local.quotientAndRemainder(dividingBy: 86_400)
            (hour, minute, second) = (time / 3600, time % 3600 / 60, time % 60)
            // Days since 1970-01-01 to a civil date (Howard Hinnant's days_from_civil, inverted).
            let z = days + 719_468
            let era = z / 146_097
            let dayOfEra = z - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let shiftedMonth = (5 * dayOfYear + 2) / 153
            day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
            month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
            year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        }
    }
}
