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

    /// Minutes left until `date`, to the nearest minute: `"8분"`; `"1분"` while any time is
    /// left, so "0분" means it is due.
    static func minutesLeft(until date: Date, from now: Date) -> String {
        let seconds = date.timeIntervalSince(now)
        guard seconds > 0 else { return "0분" }
        return "\(max(1, Int((seconds / 60).rounded())))분"
    }

    static func seconds(from now: Date, to date: Date) -> Int {
        Int(date.timeIntervalSince(now).rounded(.up))
    }

    /// `HH:mm` in Korean time.
    static func clock(_ date: Date) -> String { KoreanTime.clock(date) }

    /// `HH:mm:ss` in Korean time, for moments that matter to the second (a breaker opening).
    static func clockWithSeconds(_ date: Date) -> String { String(KoreanTime.full(date).suffix(8)) }

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
