import Testing
import TerminalUI

@Suite("Hangul composition")
struct HangulCompositionTests {
    @Test("A syllable followed by a trailing consonant composes (Foundation's NFC misses this)")
    func syllablePlusFinal() {
        var field = TextField(text: "\u{B2E4}\u{11AF}")
        #expect(Array(field.text.unicodeScalars) == ["\u{B2EC}"])
        field.insert("\u{1100}\u{1161}\u{11BC}")
        #expect(Array(field.text.unicodeScalars) == ["\u{B2EC}", "\u{AC15}"])
    }

    @Test("Other scripts still normalise")
    func latin() {
        let field = TextField(text: "cafe\u{301}")
        #expect(Array(field.text.unicodeScalars).last == "\u{E9}")
        #expect(field.caretColumn == 4)
    }
}
