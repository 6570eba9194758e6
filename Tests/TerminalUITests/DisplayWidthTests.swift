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
