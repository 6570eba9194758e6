import DeliveryDomain
import Foundation

/// Times as people in Korea read them, the same on every machine whatever its time zone.
public enum KoreanTime {
    private static func formatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = OpeningHours.koreaTimeZone
        formatter.dateFormat = format
        return formatter
    }

    public static func clock(_ date: Date) -> String { formatter("HH:mm").string(from: date) }
    public static func dayAndClock(_ date: Date) -> String { formatter("MM-dd HH:mm").string(from: date) }
    public static func full(_ date: Date) -> String { formatter("yyyy-MM-dd HH:mm:ss").string(from: date) }
    public static func day(_ date: Date) -> String { formatter("yyyy-MM-dd").string(from: date) }

    /// Parses "2026-11-25 12:00" (Korean time) or an ISO 8601 instant.
    public static func parse(_ text: String) -> Date? {
        for format in ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"] {
            if let date = formatter(format).date(from: text) { return date }
        }
        return ISO8601DateFormatter().date(from: text)
    }
}
