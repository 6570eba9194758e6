import DeliveryDomain
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
    static func minutesLeft(until date: Date, from now: Date, in language: Language) -> String {
        let seconds = date.timeIntervalSince(now)
        let minutes = seconds > 0 ? max(1, Int((seconds / 60).rounded())) : 0
        return language == .korean ? "\(minutes)분" : "\(minutes) min"
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
    /// In English: `"2 h 5 min"`, `"45 min"`, `"1 d 3 h"`.
    static func span(minutes total: Int, in language: Language) -> String {
        let (day, hour, minute) = language == .korean ? ("일", "시간", "분") : (" d", " h", " min")
        let minutes = max(0, total)
        if minutes >= 24 * 60 { return "\(minutes / (24 * 60))\(day) \(minutes % (24 * 60) / 60)\(hour)" }
        if minutes >= 60 { return minutes % 60 == 0 ? "\(minutes / 60)\(hour)" : "\(minutes / 60)\(hour) \(minutes % 60)\(minute)" }
        return "\(minutes)\(minute)"
    }
}
