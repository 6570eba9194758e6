import DeliveryDomain
import Foundation
import Testing

@Suite("Search queries and opening times")
struct SearchQueryTests {
    @Test(
        "Hangul, initials, Latin case and spaces",
        arguments: [
            ("짜장", "짜장면", true), ("ㅉㅈ", "간짜장", true), ("짜ㅈ", "짜장면", true), ("ㅎㅋㅂㅈ", "홍콩반점", true),
            ("PIZZA", "Pizza Hut", true), ("홍콩 반점", "홍콩반점", true), ("짬뽕", "짜장면", false), ("ㅂ", "짜장면", false),
            ("", "anything", true),
        ])
    func matching(query: String, text: String, expected: Bool) {
        #expect(SearchQuery(query).matches(text) == expected)
    }

    @Test("A query typed decomposed finds a name stored precomposed")
    func normalisation() {
        #expect(SearchQuery("짜장".decomposedStringWithCanonicalMapping).matches("짜장면"))
    }

    @Test("A closed store opens later today, or tomorrow once today's hours are over")
    func nextOpening() throws {
        let hours = try OpeningHours(parsing: "10:30-22:00")
        func at(_ text: String) -> Date { KoreanClock.parse(text) }
        #expect(hours.nextOpening(after: at("2026-11-25 08:00")) == NextOpening(clock: "10:30", isTomorrow: false))
        #expect(hours.nextOpening(after: at("2026-11-25 23:00")) == NextOpening(clock: "10:30", isTomorrow: true))
        #expect(hours.nextOpening(after: at("2026-11-25 12:00")) == nil)
        let night = try OpeningHours(parsing: "17:00-02:00")
        #expect(night.nextOpening(after: at("2026-11-25 03:00")) == NextOpening(clock: "17:00", isTomorrow: false))
    }
}

/// Korean wall-clock times for the tests, without the engine.
enum KoreanClock {
    static func parse(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = OpeningHours.koreaTimeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }
}
