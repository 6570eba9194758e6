import Testing
@testable import DeliveryBench

/// Pairing each typed key with its glyph coming back, in the order keys were typed.
@Suite("Echo matcher")
struct EchoMatcherTests {
    let t0 = ContinuousClock.now

    func at(_ milliseconds: Int) -> ContinuousClock.Instant { t0 + .milliseconds(milliseconds) }

    func glyphs(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func eachKeyIsTimedUntilItsGlyphComesBack() {
        var matcher = EchoMatcher<ContinuousClock.Instant>(patience: .seconds(10))
        matcher.typed("a", at: at(0))
        #expect(matcher.received(glyphs("zz"), at: at(3)).isEmpty)
        #expect(matcher.received(glyphs("a"), at: at(12)) == [.milliseconds(12)])
        #expect(matcher.outstanding == 0)
    }

    @Test func keysAnsweredInOneFrameAreEachTimed() {
        var matcher = EchoMatcher<ContinuousClock.Instant>(patience: .seconds(10))
        matcher.typed("a", at: at(0))
        matcher.typed("b", at: at(5))
        #expect(matcher.received(glyphs("ab"), at: at(20)) == [.milliseconds(20), .milliseconds(15)])
    }

    @Test func aYoungerKeysGlyphDoesNotAnswerItBeforeTheOlderOne() {
        var matcher = EchoMatcher<ContinuousClock.Instant>(patience: .seconds(10))
        matcher.typed("a", at: at(0))
        matcher.typed("b", at: at(5))
        // A "b" drawn before the "a" belongs to something else on the screen.
        #expect(matcher.received(glyphs("b"), at: at(6)).isEmpty)
        #expect(matcher.received(glyphs("a"), at: at(10)) == [.milliseconds(10)])
        #expect(matcher.received(glyphs("b"), at: at(11)) == [.milliseconds(6)])
    }

    @Test func anUntimedKeyIsWaitedForButNotTimed() {
        var matcher = EchoMatcher<ContinuousClock.Instant>(patience: .seconds(10))
        matcher.typed("/", at: at(0), timed: false)
        #expect(matcher.outstanding == 1)
        #expect(matcher.received(glyphs("/"), at: at(9)).isEmpty)
        #expect(matcher.outstanding == 0)
    }

    @Test func aKeyNeverAnsweredIsGivenUpOnSoTheNextCanStillMatch() {
        var matcher = EchoMatcher<ContinuousClock.Instant>(patience: .seconds(1))
        matcher.typed("a", at: at(0))
        matcher.typed("b", at: at(1_500))
        #expect(matcher.received(glyphs("b"), at: at(1_510)) == [.milliseconds(10)])
        #expect(matcher.missed == 1)
        matcher.typed("d", at: at(2_000))
        matcher.giveUpAll()
        #expect(matcher.missed == 2)
        #expect(matcher.outstanding == 0)
    }

    /// A session that handles "x", Ctrl-U and "q" in one burst paints only "q": "x" never shows.
    @Test func keysAClearSupersededAreAnsweredByTheFirstGlyphTypedAfterIt() {
        var matcher = EchoMatcher<ContinuousClock.Instant>(patience: .seconds(10))
        matcher.typed("x", at: at(0))
        matcher.cleared()
        matcher.typed("q", at: at(200))
        matcher.typed("v", at: at(400))
        #expect(matcher.received(glyphs("q"), at: at(450)) == [.milliseconds(450), .milliseconds(250)])
        #expect(matcher.received(glyphs("v"), at: at(460)) == [.milliseconds(60)])
        #expect(matcher.outstanding == 0)
        #expect(matcher.missed == 0)
    }

    @Test func withoutAClearAYoungerGlyphStillAnswersNothing() {
        var matcher = EchoMatcher<ContinuousClock.Instant>(patience: .seconds(10))
        matcher.typed("x", at: at(0))
        matcher.typed("q", at: at(200))
        #expect(matcher.received(glyphs("q"), at: at(450)).isEmpty)
        matcher.cleared()  // a clear after both: "q" is still not the first key after it
        #expect(matcher.received(glyphs("q"), at: at(460)).isEmpty)
        #expect(matcher.outstanding == 2)
    }

    @Test func aClearTypedWhenNothingWaitsAppliesToTheNextKeys() {
        var matcher = EchoMatcher<ContinuousClock.Instant>(patience: .seconds(10))
        matcher.typed("x", at: at(0))
        #expect(matcher.received(glyphs("x"), at: at(5)) == [.milliseconds(5)])
        matcher.cleared()
        matcher.typed("a", at: at(10))
        matcher.cleared()
        matcher.typed("b", at: at(20))
        #expect(matcher.received(glyphs("b"), at: at(30)) == [.milliseconds(20), .milliseconds(10)])
    }

    @Test func theTypedKeysAreLettersTheStoreListNeverDraws() {
        // Drawn on the customer's store list, searching or not: hints, the empty-list message.
        let screenLatin = Set("Enter Esc C-u c/C Enter/→/l f jk PgUp/PgDn Home/End".unicodeScalars)
        #expect(ServeBenchTyping.letters.allSatisfy { !screenLatin.contains($0) })
        #expect(Set(ServeBenchTyping.letters).count == ServeBenchTyping.letters.count)
        let run = (0..<11).map(ServeBenchTyping.key(at:))
        #expect(run.last == ServeBenchTyping.clearField)
        #expect(ServeBenchTyping.key(at: 11) == ServeBenchTyping.letters[1])  // the next run starts one further on
    }
}
