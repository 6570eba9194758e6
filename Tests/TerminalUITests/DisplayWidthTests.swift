import Testing
@testable import TerminalUI

@Suite("Display width of graphemes")
struct DisplayWidthTests {
    @Test(
        "ASCII is one column, controls none",
        arguments: [
            ("a", 1), ("Z", 1), (" ", 1), ("~", 1), ("\t", 0), ("\u{7}", 0), ("\u{1B}", 0), ("\u{7F}", 0),
        ] as [(Character, Int)])
    func ascii(character: Character, width: Int) {
        #expect(character.displayWidth == width)
    }

    @Test(
        "Hangul syllables, jamo and CJK are two columns",
        arguments: [
            "가", "한", "힣", "ᄀ", "ㄱ", "漢", "字", "の", "カ", "Ａ", "１", "。",
        ] as [Character])
    func wide(character: Character) {
        #expect(character.displayWidth == 2)
    }

    @Test("A Hangul syllable typed as separate jamo (NFD) is still two columns")
    func decomposedHangul() {
        let han: Character = "\u{1112}\u{1161}\u{11AB}"
        #expect(han.displayWidth == 2)
        #expect("\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}".displayWidth == 4)
    }

    @Test("Hangul medial vowels and finals on their own take no column")
    func loneJamo() {
        #expect(DisplayWidth.of("\u{1161}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{11AB}" as Unicode.Scalar) == 0)
    }

    @Test(
        "Emoji in all their forms are two columns",
        arguments: [
            "😀",  // emoji presentation
            "👨‍👩‍👧‍👦",  // ZWJ family
            "🧑‍🍳",  // ZWJ profession
            "🇰🇷",  // flag
            "❤️",  // VS16
            "1️⃣", "#️⃣",  // keycaps
            "👍🏽", "☝🏽",  // skin tones
            "🛵", "🍜", "🫶",  // delivery-app regulars
        ] as [Character])
    func emoji(character: Character) {
        #expect(character.displayWidth == 2)
    }

    @Test(
        "Text-presentation symbols stay one column",
        arguments: [
            "❤", "©", "™", "☺", "…", "×", "─", "•", "é", "ß", "ｱ",
        ] as [Character])
    func narrowSymbols(character: Character) {
        #expect(character.displayWidth == 1)
    }

    @Test("VS15 asks for text presentation")
    func textPresentationSelector() {
        #expect(("⌚\u{FE0E}" as Character).displayWidth == 1)
    }

    @Test("Combining marks add no width")
    func combiningMarks() {
        #expect(("e\u{301}" as Character).displayWidth == 1)
        #expect(("a\u{301}\u{323}" as Character).displayWidth == 1)
        #expect(("\u{301}" as Character).displayWidth == 0)
        #expect(("\u{200B}" as Character).displayWidth == 0)
        #expect("caf\u{65}\u{301}".displayWidth == 4)
    }

    @Test("A lone regional indicator is narrow")
    func loneRegionalIndicator() {
        #expect(("🇰" as Character).displayWidth == 1)
    }

    @Test("Strings add up their graphemes")
    func strings() {
        #expect("배달 app".displayWidth == 8)
        #expect("김밥천국".displayWidth == 8)
        #expect("12,000원".displayWidth == 8)
        #expect("🛵 배달 중".displayWidth == 10)
        #expect("".displayWidth == 0)
    }
}

@Suite("Display width of text")
struct TextDisplayWidthTests {
    /// What the fast path takes: printable ASCII, precomposed Hangul syllables, keyboard jamo,
    /// Latin letters, punctuation, arrows, box drawing, shapes and dingbats (some of them emoji
    /// shown as emoji on their own, ☕).
    static let simple: [Unicode.Scalar] = [
        "a", "Z", " ", "~", "가", "힣", "한", "ㄱ", "é", "·", "…", "—", "↔", "─", "★", "▶", "✓", "☕", "\u{A0}", "‼",
    ]
    /// Scalars that join a neighbour into one grapheme (conjoining jamo, combining marks,
    /// joiners, selectors, skin tones, indicators, keycaps) or that the fast path leaves alone.
    static let joining: [Unicode.Scalar] = [
        "\u{1100}", "\u{1161}", "\u{11A8}", "\u{0301}", "\u{200D}", "\u{FE0F}", "\u{FE0E}", "\u{1F600}", "\u{1F469}",
        "\u{1F3FB}", "\u{1F1F0}", "\u{1F1F7}", "\u{20E3}", "\t", "\r", "\n", "\u{7F}", "漢", "\u{AD}", "\u{200B}",
        "\u{2028}", "\u{302A}",
    ]

    /// Mostly simple text with a joining scalar here and there, so that text the fast path
    /// must refuse sits right beside text it takes.
    @Test("Measured scalar by scalar or grapheme by grapheme, text is as wide either way (5,000 seeded strings)")
    func fastPathAgreesWithGraphemes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<5_000 {
            var text = String.UnicodeScalarView()
            for _ in 0...next(6) {
                text.append(next(100) < 15 ? Self.joining[next(Self.joining.count)] : Self.simple[next(Self.simple.count)])
            }
            let string = String(text)
            #expect(string.displayWidth == string.graphemeWidth, "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("ASCII and Hangul syllables take the scalar path; a syllable with a trailing jamo does not")
    func simpleText() {
        #expect("짜장면 x2".displayWidth == 9)
        #expect("가\u{11A8}".displayWidth == 2)  // 가 + final ᆨ is one grapheme, 각
        #expect("\u{1100}가".displayWidth == 2)  // a leading ᄀ joins the syllable after it
        #expect("Pizza Hut".displayWidth == 9)
    }
}
