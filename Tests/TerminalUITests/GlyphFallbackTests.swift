import Testing
import TerminalUI

@Suite("Glyph fallback for terminals that measure differently")
struct GlyphFallbackTests {
    /// Roughly glibc: one column for most, two for Hangul and emoji code points, none
    /// for combining marks and joiners, unprintable for a code point it does not know.
    func libcWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1FAE9: return -1
        case 0x0300...0x036F, 0x200D, 0xFE0F, 0x20E3: return 0
        case 0xAC00...0xD7A3, 0x1F468...0x1F469, 0x1F467, 0x1F6F5: return 2
        default: return 1
        }
    }

    func pieces(_ grapheme: String, _ width: Int) -> [String] {
        GlyphFallback.pieces(for: grapheme, width: width, systemWidth: libcWidth)
    }

    @Test func agreeingWidthsWriteTheGraphemeWhole() {
        #expect(pieces("가", 2) == ["가"])
        #expect(pieces("e\u{301}", 1) == ["e\u{301}"])
        #expect(pieces("🛵", 2) == ["🛵"])
    }

    @Test("Emoji the library thinks are narrow are padded to the grid width")
    func narrowBase() {
        #expect(pieces("❤️", 2) == ["❤", " "])
        #expect(pieces("🇰🇷", 2) == ["🇰", " "])
        #expect(pieces("1️⃣", 2) == ["1", " "])
    }

    @Test("A ZWJ sequence too long for one cell shows its first emoji")
    func zwjSequence() {
        #expect(pieces("👨‍👩‍👧", 2) == ["👨"])
    }

    @Test("Unknown code points become a replacement character of the right width")
    func unknown() {
        #expect(pieces("\u{1FAE9}", 2) == ["\u{FFFD}", " "])
    }

    @Test func pieceWidthsAlwaysAddUp() {
        for grapheme in ["가", "❤️", "🇰🇷", "👨‍👩‍👧", "\u{1FAE9}", "a", "1️⃣"] {
            let width = Character(grapheme).displayWidth
            let total = pieces(grapheme, width).reduce(0) { $0 + libcWidth($1.unicodeScalars.first!) }
            #expect(total == width, "\(grapheme)")
        }
        #expect(pieces("", 1) == [" "])
        #expect(pieces("x", 0) == [])
    }
}
