import Foundation  // precomposedStringWithCanonicalMapping (NFC)

/// A single-line text input: delivery address, request to the rider, card number.
///
/// Pure editing state: keys go in, text and caret come out. Text is kept in NFC, so
/// Hangul typed or pasted as separate jamo (NFD, as macOS produces) is stored and shown
/// as precomposed syllables. The caret is tracked in graphemes and reported in display
/// columns (``caretColumn``) so the driver can put the terminal cursor exactly on it —
/// input methods draw the syllable being composed at the terminal cursor.
public struct TextField: Hashable, Sendable {
    /// What was typed, in NFC. For a card field, just the digits.
    public private(set) var text: String
    /// The caret position in graphemes from the start: 0...text.count.
    public private(set) var caretIndex: Int
    /// The most graphemes the field holds; input beyond it is dropped.
    public var maxLength: Int?
    public var allowed: AllowedCharacters
    public var masking: TextMasking
    /// Shown, muted, while the field is empty.
    public var placeholder: String

    public init(
        text: String = "",
        placeholder: String = "",
        maxLength: Int? = nil,
        allowed: AllowedCharacters = .any,
        masking: TextMasking = .none
    ) {
        self.text = ""
        self.caretIndex = 0
        self.maxLength = maxLength
        self.allowed = allowed
        self.masking = masking
        self.placeholder = placeholder
        insert(text)
    }

    /// A 16-digit card number field that shows only the last four digits.
    public static func cardNumber(placeholder: String = "카드 번호 16자리") -> TextField {
        TextField(placeholder: placeholder, maxLength: 16, allowed: .digits, masking: .cardNumber)
    }

    public var isEmpty: Bool { text.isEmpty }

    // MARK: Editing

    /// Inserts `input` at the caret, dropping control characters, characters not
    /// ``allowed`` and anything past ``maxLength``. Returns false if anything was dropped.
    @discardableResult
    public mutating func insert(_ input: String) -> Bool {
        var before = String(text.prefix(caretIndex))
        let after = String(text.dropFirst(caretIndex))
        var droppedAny = false
        for character in input {
            guard !isControl(character), allowed.allows(character) else {
                droppedAny = true
                continue
            }
            let candidate = nfc(before + String(character))
            if let maxLength, nfc(candidate + after).count > maxLength {
                droppedAny = true
                continue
            }
            before = candidate
        }
        let joined = nfc(before + after)
        text = joined
        caretIndex = min(before.count, joined.count)
        return !droppedAny
    }

    /// Inserts pasted text as if typed, except that each line break (CR, LF, CR LF) and tab
    /// becomes one space: the field has one line, and a pasted address or reason on two lines
    /// still belongs together. What typing would refuse is dropped as when typed.
    @discardableResult
    public mutating func paste(_ pasted: String) -> Bool {
        insert(String(pasted.map { $0.isNewline || $0 == "\t" ? " " : $0 }))
    }

    /// Replaces everything, leaving the caret at the end.
    public mutating func setText(_ newText: String) {
        text = ""
        caretIndex = 0
        insert(newText)
    }

    /// Deletes the grapheme before the caret (a whole Hangul syllable).
    public mutating func backspace() {
        guard caretIndex > 0 else { return }
        remove(from: caretIndex - 1, to: caretIndex)
        caretIndex -= 1
    }

    /// Deletes the grapheme after the caret.
    public mutating func deleteForward() {
        guard caretIndex < text.count else { return }
        remove(from: caretIndex, to: caretIndex + 1)
    }

    /// Ctrl-U, as in the shell: deletes from the start of the line to the caret.
    public mutating func deleteToStart() {
        remove(from: 0, to: caretIndex)
        caretIndex = 0
    }

    /// Ctrl-K: deletes from the caret to the end of the line.
    public mutating func deleteToEnd() {
        remove(from: caretIndex, to: text.count)
    }

    /// Ctrl-W: deletes the word before the caret and the spaces after it.
    public mutating func deleteWordBackward() {
        let characters = Array(text.prefix(caretIndex))
        var start = characters.count
        while start > 0 && characters[start - 1] == " " { start -= 1 }
        while start > 0 && characters[start - 1] != " " { start -= 1 }
        remove(from: start, to: caretIndex)
        caretIndex = start
    }

    public mutating func clear() {
        text = ""
        caretIndex = 0
    }

    public mutating func moveLeft() { caretIndex = max(0, caretIndex - 1) }
    public mutating func moveRight() { caretIndex = min(text.count, caretIndex + 1) }
    public mutating func moveToStart() { caretIndex = 0 }
    public mutating func moveToEnd() { caretIndex = text.count }

    /// Applies an editing key. Every printable character counts as handled, even when
    /// the field rejects it, so typing into a field never triggers a screen shortcut; so does
    /// a paste, which is only ever text.
    /// Returns false for keys the field does not use (Enter, Esc, Tab, arrows up/down).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .paste(let text): paste(text)
        case .backspace: backspace()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): moveToStart()
        case .end, .ctrl("e"): moveToEnd()
        case .ctrl("u"): deleteToStart()
        case .ctrl("k"): deleteToEnd()
        case .ctrl("w"): deleteWordBackward()
        default: return false
        }
        return true
    }

    // MARK: Display

    /// The text as shown, after masking and grouping.
    public var displayText: String { layout().text }

    /// Columns from the start of ``displayText`` to the caret.
    public var caretColumn: Int { layout().caretColumns[caretIndex] }

    /// Draws the field in `rect`'s first row and returns where the terminal cursor goes.
    ///
    /// When the text is wider than the field it scrolls so the caret stays visible; a
    /// wide character cut by the left edge shows as a space.
    public func render(
        into grid: inout CellGrid, in rect: Rect, style: Style = .plain, placeholderStyle: Style = .muted
    ) -> CursorPosition {
        let line = rect.row(0)
        grid.fill(line, style: style)
        guard !line.isEmpty else { return CursorPosition(x: rect.x, y: rect.y) }
        if text.isEmpty {
            grid.put(placeholder, x: line.x, y: line.y, style: placeholderStyle, maxWidth: line.width)
            return CursorPosition(x: line.x, y: line.y)
        }
        let (shown, columns) = layout()
        let caret = columns[caretIndex]
        let offset = max(0, caret - line.width + 1)
        var visible = ""
        var column = 0
        for character in shown {
            let width = character.displayWidth
            if column >= offset {
                visible.append(character)
            } else if column + width > offset {
                visible += String(repeating: " ", count: column + width - offset)
            }
            column += width
        }
        grid.put(visible, x: line.x, y: line.y, style: style, maxWidth: line.width)
        return CursorPosition(x: line.x + caret - offset, y: line.y)
    }

    /// The shown text and, for each caret index 0...count, its display column.
    private func layout() -> (text: String, caretColumns: [Int]) {
        let characters = Array(text)
        var shown = ""
        var columns: [Int] = []
        var column = 0
        let lastVisible = characters.count - 4
        for (index, character) in characters.enumerated() {
            let piece: String
            switch masking {
            case .none:
                piece = String(character)
            case .secret(let symbol):
                piece = String(symbol)
            case .cardNumber:
                if index > 0 && index % 4 == 0 {
                    shown += " "
                    column += 1
                }
                piece = index < lastVisible ? "*" : String(character)
            }
            columns.append(column)
            shown += piece
            column += piece.displayWidth
        }
        columns.append(column)
        return (shown, columns)
    }

    private mutating func remove(from start: Int, to end: Int) {
        guard start < end else { return }
        let characters = Array(text)
        text = nfc(String(characters[..<start]) + String(characters[end...]))
    }
}

private func nfc(_ text: String) -> String {
    HangulComposition.compose(text.precomposedStringWithCanonicalMapping)
}

private func isControl(_ character: Character) -> Bool {
    character.unicodeScalars.first.map(DisplayWidth.isControl) ?? true
}
