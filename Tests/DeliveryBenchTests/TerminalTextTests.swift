import Testing
@testable import DeliveryBench

/// What `bench serve` reads off a session's bytes: the glyphs drawn, without escape sequences,
/// however the bytes were split into reads.
@Suite("Terminal text read from a session's bytes")
struct TerminalTextTests {
    static func drawn(_ chunks: [[UInt8]]) -> String {
        var text = TerminalText()
        return String(String.UnicodeScalarView(chunks.flatMap { text.feed($0) }))
    }

    static func bytes(_ string: String) -> [UInt8] { Array(string.utf8) }

    @Test func cursorMovesColoursAndCharacterSetsAreNotText() {
        // ncurses' sgr0 for xterm-256color is ESC ( B ESC [ m: the B names a character set.
        let screen = "\u{1B}[?1049h\u{1B}[1;1H\u{1B}(B\u{1B}[m\u{1B}[38;5;2m한강치킨\u{1B}[3;5Hx\u{1B}[39;49m\u{1B}[K\r\n"
        #expect(Self.drawn([Self.bytes(screen)]) == "한강치킨x")
    }

    @Test func titlesAndOtherStringsAreSkippedToTheirEnd() {
        let screen = "\u{1B}]0;배달 · 김민수\u{07}a\u{1B}P1$r0m\u{1B}\\b\u{1B}7c\u{1B}8"
        #expect(Self.drawn([Self.bytes(screen)]) == "abc")
    }

    @Test func aSequenceOrACharacterSplitAcrossReadsIsCarriedOver() {
        let whole = Self.bytes("\u{1B}[38;5;2m가\u{1B}(B나")
        for cut in 1..<whole.count {
            #expect(Self.drawn([Array(whole[..<cut]), Array(whole[cut...])]) == "가나", "cut at \(cut)")
        }
    }

    @Test func repeatCountsAndControlCharactersDrawNothing() {
        // REP (CSI b) repeats the previous glyph; the benchmark never needs the copies.
        #expect(Self.drawn([Self.bytes("─\u{1B}[79b\u{07}\u{08}\t\r\ny")]) == "─y")
    }

    @Test func aWordIsSightedEvenWhenItArrivesInPieces() {
        var sighting = TextSighting("한강치킨")
        var text = TerminalText()
        let bytes = Self.bytes("가게를 불러오는 중…\u{1B}[5;4H한강\u{1B}[m치킨")
        for byte in bytes.prefix(40) { sighting.scan(text.feed([byte])) }
        #expect(!sighting.seen)
        sighting.scan(text.feed(bytes.dropFirst(40)))
        #expect(sighting.seen)
    }

    @Test func aWordBrokenByOtherTextIsNotSighted() {
        var sighting = TextSighting("한강치킨")
        sighting.scan(Array("한강 치킨".unicodeScalars))
        #expect(!sighting.seen)
    }
}
