import DeliveryEngine
import Foundation

/// Times and durations the way the screens print them.
enum TimeText {
    /// `272` → `"4:32"`: a countdown to the second. Never negative.
    static func countdown(_ seconds: Int) -> String {
        let s = max(0, seconds)
        let tail = s % 60 < 10 ? "0\(s % 60)" : "\(s % 60)"
        return "\(s / 60):\(tail)"
    }

    /// Whole minutes left until `date`, rounded up: `"8분"`.
    static func minutesLeft(until date: Date, from now: Date) -> String {
        let minutes = Int((date.timeIntervalSince(now) / 60).rounded(.up))
        return "\(max(0, minutes))분"
    }

    static func seconds(from now: Date, to date: Date) -> Int {
        Int(date.timeIntervalSince(now).rounded(.up))
    }

    /// `HH:mm` in Korean time.
    static func clock(_ date: Date) -> String { KoreanTime.clock(date) }

    /// `MM-dd HH:mm` in Korean time.
    static func dayAndClock(_ date: Date) -> String { KoreanTime.dayAndClock(date) }

    /// `"2시간 5분"`, `"45분"`, `"1일 3시간"`: how long until a window opens or closes.
    static func span(minutes total: Int) -> String {
        let minutes = max(0, total)
        if minutes >= 24 * 60 { return "\(minutes / (24 * 60))일 \(minutes % (24 * 60) / 60)시간" }
        if minutes >= 60 { return minutes % 60 == 0 ? "\(minutes / 60)시간" : "\(minutes / 60)시간 \(minutes % 60)분" }
        return "\(minutes)분"
    }
}
