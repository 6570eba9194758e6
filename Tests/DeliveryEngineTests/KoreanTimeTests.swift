import Foundation
import Resilience
import Testing

@testable import DeliveryDomain

/// Korean wall-clock text by arithmetic (the projector writes it into most notifications)
/// must read exactly as the time-zone database says.
@Suite("Korean time, by arithmetic")
struct KoreanTimeTests {
    static func formatted(_ date: Date, _ format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = KoreanTime.timeZone
        formatter.dateFormat = format
        return formatter.string(from: date)
    }

    @Test func readsAsTheTimeZoneDatabaseSays() {
        var random = SeededRandomNumberGenerator(seed: 82)
        var instants = (0..<2_000).map { _ in Date(timeIntervalSince1970: Double.random(in: 599_583_600...4_102_444_800, using: &random)) }
        // Midnights, leap days and the turn of a year, in Korea.
        instants += [
            KoreanTime.parse("2024-02-29 00:00")!, KoreanTime.parse("2026-12-31 23:59:59")!, KoreanTime.parse("2027-01-01 00:00")!,
            KoreanTime.parse("2100-03-01 09:00")!, Date(timeIntervalSince1970: 599_583_600),
        ]
        for instant in instants {
            #expect(KoreanTime.clock(instant) == Self.formatted(instant, "HH:mm"))
            #expect(KoreanTime.dayAndClock(instant) == Self.formatted(instant, "MM-dd HH:mm"))
            #expect(KoreanTime.full(instant) == Self.formatted(instant, "yyyy-MM-dd HH:mm:ss"))
            #expect(KoreanTime.day(instant) == Self.formatted(instant, "yyyy-MM-dd"))
            let parts = KoreanTime.calendar.dateComponents([.hour, .minute], from: instant)
            #expect(KoreanTime.minuteOfDay(at: instant) == parts.hour! * 60 + parts.minute!)
        }
    }

    @Test func beforeNineteenEightyNineItAsksTheTimeZoneDatabase() {
        // Korea kept daylight saving in the summer of 1988: 10:00 UTC was 20:00 there, not 19:00.
        let summer1988 = Date(timeIntervalSince1970: 583_495_200)  // 1988-06-28 10:00 UTC
        #expect(KoreanTime.WallTime(summer1988) == nil)
        #expect(KoreanTime.clock(summer1988) == Self.formatted(summer1988, "HH:mm"))
        #expect(KoreanTime.minuteOfDay(at: summer1988) == 20 * 60)
        #expect(KoreanTime.full(Date(timeIntervalSince1970: 1_795_000_000)) == "2026-11-18 20:06:40")
    }
}
