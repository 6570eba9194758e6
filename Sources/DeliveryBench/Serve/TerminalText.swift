/// The text a terminal would show, read from the bytes a session sends: UTF-8 decoded, with
/// escape sequences (cursor moves, colours, `ESC ( B`, OSC titles) and control characters left
/// out. A sequence or character split across two reads is carried over to the next one.
///
/// It does not track where on the screen each character lands: the benchmark only asks whether
/// a glyph or a word was drawn, which needs no screen model. ncurses skips blank cells with
/// cursor moves, so words are found whole but the spaces between them are not.
struct TerminalText {
    private enum State {
        case text
        case escape  // after ESC
        case escapeArgument  // after ESC ( and the like: one more byte names a character set
        case controlSequence  // CSI: ESC [ parameters, then a final byte in @...~
        case string  // OSC, DCS, APC…: until BEL or ESC \
        case stringEscape  // ESC inside a string: `\` ends it
    }

    private var state = State.text
    private var pending: [UInt8] = []
    private var expected = 0

    /// The characters drawn by `bytes`, in the order they were sent.
    mutating func feed(_ bytes: some Sequence<UInt8>) -> [Unicode.Scalar] {
        var drawn: [Unicode.Scalar] = []
        for byte in bytes {
            switch state {
            case .text:
                if byte == 0x1B {
                    pending = []
                    state = .escape
                } else if let scalar = decode(byte) {
                    if scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value) {
                        drawn.append(scalar)
                    }
                }
            case .escape:
                switch byte {
                case UInt8(ascii: "["): state = .controlSequence
                case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "X"): state = .string
                case 0x20...0x2F: state = .escapeArgument  // ( ) * + # % and so on
                default: state = .text  // ESC 7, ESC 8, ESC =, ESC >, ESC M…
                }
            case .escapeArgument:
                state = .text
            case .controlSequence:
                if (0x40...0x7E).contains(byte) { state = .text }
            case .string:
                if byte == 0x07 { state = .text } else if byte == 0x1B { state = .stringEscape }
            case .stringEscape:
                state = byte == UInt8(ascii: "\\") ? .text : .string
            }
        }
        return drawn
    }

    /// One byte of UTF-8; a scalar once its last byte arrives. Malformed input is dropped.
    private mutating func decode(_ byte: UInt8) -> Unicode.Scalar? {
        if pending.isEmpty {
            switch byte {
            case 0x00...0x7F: return Unicode.Scalar(byte)
            case 0xC2...0xDF: expected = 2
            case 0xE0...0xEF: expected = 3
            case 0xF0...0xF4: expected = 4
            default: return nil
            }
            pending = [byte]
            return nil
        }
        guard (0x80...0xBF).contains(byte) else {
            pending = []
            return decode(byte)
        }
        pending.append(byte)
        guard pending.count == expected else { return nil }
        defer { pending = [] }
        var value = UInt32(pending[0]) & (0xFF >> (expected + 1))
        for continuation in pending.dropFirst() { value = value << 6 | UInt32(continuation & 0x3F) }
        return Unicode.Scalar(value)
    }
}

/// Watches drawn text for one word (a store's name), across reads.
struct TextSighting {
    let word: [Unicode.Scalar]
    private var recent: [Unicode.Scalar] = []
    private(set) var seen = false

    init(_ word: String) { self.word = Array(word.unicodeScalars) }

    mutating func scan(_ drawn: [Unicode.Scalar]) {
        guard !seen, !word.isEmpty else { return }
        recent += drawn
        let count = word.count
        if recent.count >= count {
            for start in 0...(recent.count - count) where recent[start] == word[0] {
                if Array(recent[start..<(start + count)]) == word {
                    seen = true
                    recent = []
                    return
                }
            }
        }
        recent = Array(recent.suffix(count - 1))
    }
}
