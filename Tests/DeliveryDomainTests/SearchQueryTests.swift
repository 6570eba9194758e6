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
        #expect(SearchQuery("짜장").matches("간짜장면".decomposedStringWithCanonicalMapping), "and the other way round")
        // A syllable followed by a conjoining final consonant composes into one: 가 + ᆨ is 각.
        #expect(SearchQuery("각").matches("가\u{11A8}김치"))
    }

    @Test("Text beyond ASCII and Hangul is folded as Foundation folds it")
    func otherScripts() {
        #expect(SearchQuery("CAFÉ").matches("Café 라떼"), "an accent keeps its case folding")
        #expect(SearchQuery("cafe\u{301}").matches("CAFÉ"), "a decomposed accent")
        #expect(!SearchQuery("cafe").matches("Café"), "an accent is part of the letter")
        #expect(SearchQuery("홍콩\u{3000}반점").matches("홍콩반점"), "an ideographic space does not count")
        #expect(SearchQuery("홍콩\u{A0}반점").matches("홍콩 반점"), "nor a no-break space")
        #expect(SearchQuery("ΣΟΥΒΛΑΚΙ").matches("σουβλακι 세트"))
    }

    @Test("ASCII, Hangul and keyboard jamo fold in one pass to what Foundation makes of them")
    func onePassFold() {
        for text in ["Pizza Hut 콤비네이션", "ㅎㅋ\t반점\n", "BBQ 치킨 (L)", "짜장면 2인분", "  A-Z a-z 0-9  "] {
            let foundation = Array(
                text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
            #expect(SearchQuery(text).folded == foundation, "\(text)")
        }
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
        formatter.timeZone = KoreanTime.timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }
}
