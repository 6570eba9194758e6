import Testing
import TerminalUI

@Suite("Text field editing")
struct TextFieldTests {
    @Test("The caret is tracked in display columns")
    func caretColumns() {
        var field = TextField()
        field.insert("한글 ok")
        #expect(field.text == "한글 ok")
        #expect(field.caretIndex == 5)
        #expect(field.caretColumn == 7)
        field.moveLeft()
        field.moveLeft()
        field.moveLeft()
        #expect(field.caretColumn == 4)
        field.moveToStart()
        #expect(field.caretColumn == 0)
        field.moveLeft()
        #expect(field.caretIndex == 0)
    }

    @Test("Decomposed Hangul (NFD) is stored precomposed (NFC)")
    func normalizesPastedText() {
        var field = TextField()
        field.insert("\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}")
        #expect(field.text == "한글")
        #expect(Array(field.text.unicodeScalars) == ["\u{D55C}", "\u{AE00}"])
        #expect(field.caretColumn == 4)
    }

    @Test("Jamo arriving one key at a time compose into a syllable")
    func composesJamoKeys() {
        var field = TextField(text: "배")
        for jamo in ["\u{1103}", "\u{1161}", "\u{11AF}"] as [Character] {
            field.handle(.character(jamo))
        }
        #expect(field.text == "배달")
        #expect(field.text.unicodeScalars.count == 2)
        #expect(field.caretColumn == 4)
    }

    @Test func editingInTheMiddle() {
        var field = TextField(text: "배달")
        field.handle(.left)
        field.handle(.character("a"))
        #expect(field.text == "배a달")
        #expect(field.caretColumn == 3)
        field.handle(.backspace)
        #expect(field.text == "배달")
        #expect(field.caretColumn == 2)
        field.handle(.home)
        field.handle(.delete)
        #expect(field.text == "달")
        field.handle(.end)
        #expect(field.caretColumn == 2)
        field.handle(.backspace)
        #expect(field.text.isEmpty)
        field.handle(.backspace)
        #expect(field.caretIndex == 0)
    }

    @Test("Ctrl-U deletes from the start of the line to the caret")
    func ctrlU() {
        var field = TextField(text: "abc가나")
        field.handle(.left)
        field.handle(.left)
        field.handle(.ctrl("u"))
        #expect(field.text == "가나")
        #expect(field.caretIndex == 0)
        field.handle(.end)
        field.handle(.ctrl("u"))
        #expect(field.text.isEmpty)
    }

    @Test func ctrlWDeletesAWord() {
        var field = TextField(text: "서울시 강남구 ")
        field.handle(.ctrl("w"))
        #expect(field.text == "서울시 ")
    }

    @Test("Keys the field does not use are left to the screen")
    func unhandledKeys() {
        var field = TextField()
        let usedEnter = field.handle(.enter)
        #expect(!usedEnter)
        let usedEscape = field.handle(.escape)
        #expect(!usedEscape)
        let usedUp = field.handle(.up)
        #expect(!usedUp)
        let usedQ = field.handle(.character("q"))
        #expect(usedQ)
    }

    @Test func maxLength() {
        var field = TextField(maxLength: 3)
        let keptAll = field.insert("abcd")
        #expect(!keptAll)
        #expect(field.text == "abc")
        let keptSyllable = field.insert("가")
        #expect(!keptSyllable)
        #expect(field.text == "abc")
    }

    @Test func digitsOnly() {
        var field = TextField(allowed: .digits)
        let keptAllOfMixed = field.insert("12a-3")
        #expect(!keptAllOfMixed)
        #expect(field.text == "123")
        let keptDigit = field.insert("4")
        #expect(keptDigit)
        field.handle(.character("가"))
        #expect(field.text == "1234")
    }

    @Test func controlCharactersAreDropped() {
        var field = TextField()
        field.insert("a\nb\tc")
        #expect(field.text == "abc")
    }

    @Test("Card numbers show only the last four digits, in groups of four")
    func cardNumberMasking() {
        var field = TextField.cardNumber()
        field.insert("1234-5678-9012-3456")
        #expect(field.text == "1234567890123456")
        #expect(field.displayText == "**** **** **** 3456")
        #expect(field.caretColumn == 19)
        let keptSeventeenth = field.insert("7")
        #expect(!keptSeventeenth)
        #expect(field.text.count == 16)
    }

    @Test("The card caret skips the group separators")
    func cardNumberCaret() {
        var field = TextField.cardNumber()
        field.insert("1234567")
        #expect(field.displayText == "***4 567")
        #expect(field.caretColumn == 8)
        field.handle(.left)
        field.handle(.left)
        field.handle(.left)
        #expect(field.caretIndex == 4)
        #expect(field.caretColumn == 5)
        field.insert("0")
        #expect(field.text == "12340567")
        #expect(field.displayText == "**** 0567")
    }

    @Test func secretMasking() {
        var field = TextField(masking: .secret())
        field.insert("비밀1")
        #expect(field.displayText == "***")
        #expect(field.caretColumn == 3)
    }

    @Test("Rendering puts the cursor on the caret")
    func renderCursor() {
        var grid = CellGrid(width: 20, height: 1)
        var field = TextField(text: "주소: 강남")
        field.moveLeft()
        let cursor = field.render(into: &grid, in: Rect(x: 3, y: 0, width: 15, height: 1))
        #expect(grid.lines() == ["   주소: 강남"])
        #expect(cursor == CursorPosition(x: 3 + 8, y: 0))
    }

    @Test("Long text scrolls to keep the caret visible without splitting syllables")
    func renderScrolls() {
        var field = TextField(text: "가나다라")
        var grid = CellGrid(width: 5, height: 1)
        var cursor = field.render(into: &grid, in: grid.bounds)
        #expect(grid.lines() == ["다라"])
        #expect(cursor == CursorPosition(x: 4, y: 0))

        grid = CellGrid(width: 6, height: 1)
        cursor = field.render(into: &grid, in: grid.bounds)
        #expect(grid.lines() == [" 다라"])
        #expect(cursor == CursorPosition(x: 5, y: 0))

        field.moveToStart()
        cursor = field.render(into: &grid, in: grid.bounds)
        #expect(grid.lines() == ["가나다"])
        #expect(cursor == CursorPosition(x: 0, y: 0))
    }

    @Test func placeholderWhenEmpty() {
        var grid = CellGrid(width: 20, height: 1)
        let field = TextField(placeholder: "요청사항")
        let cursor = field.render(into: &grid, in: grid.bounds)
        #expect(grid.styledDump() == "[muted]요청사항[/]")
        #expect(cursor == CursorPosition(x: 0, y: 0))
    }
}
