import Foundation

/// Times and durations as messages word them. The domain reads no clock; these only format
/// an instant or a span it was given.
public enum MessageTime {
    /// "2026-11-25 12:00", in Korean time whatever the language: the scenario's times are Korea's.
    public static func korean(_ date: Date) -> String {
        let c = KoreanTime.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// "45 s" or "3 min 5 s": how long a person waits, in the unit they think in.
    public static func englishWait(_ seconds: Int) -> String {
        seconds < 60 ? "\(seconds) s" : seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds / 60) min \(seconds % 60) s"
    }

    /// "45초" or "3분 5초".
    public static func koreanWait(_ seconds: Int) -> String {
        seconds < 60 ? "\(seconds)초" : seconds % 60 == 0 ? "\(seconds / 60)분" : "\(seconds / 60)분 \(seconds % 60)초"
    }

    /// "3 h 20 min" or "20 min": a wait of hours, rounded up to the minute.
    public static func englishLongWait(_ seconds: Int) -> String {
        let (hours, minutes) = hoursAndMinutes(seconds)
        return hours == 0 ? "\(minutes) min" : minutes == 0 ? "\(hours) h" : "\(hours) h \(minutes) min"
    }

    /// "3시간 20분" or "20분".
    public static func koreanLongWait(_ seconds: Int) -> String {
        let (hours, minutes) = hoursAndMinutes(seconds)
        return hours == 0 ? "\(minutes)분" : minutes == 0 ? "\(hours)시간" : "\(hours)시간 \(minutes)분"
    }

    private static func hoursAndMinutes(_ seconds: Int) -> (Int, Int) {
        let minutes = max(1, (seconds + 59) / 60)
        return (minutes / 60, minutes % 60)
    }
}
