/// xterm's SGR mouse reports (mode 1006), read from raw input bytes: `ESC [ < b ; x ; y M`
/// for a press (or a wheel notch), `… m` for a release. For a backend that parses the
/// terminal's bytes itself; the curses driver gets the same events from ncurses.
///
/// `b` is the button in its low two bits (0 left, 1 middle, 2 right), plus 4/8/16 for
/// Shift/Meta/Ctrl, 32 while dragging, and 64 for the wheel (64 up, 65 down). `x` and `y`
/// count from 1; ``MouseEvent`` counts from 0. SGR has no 223-column limit, unlike the older
/// `ESC [ M` encoding, which is why terminals and tmux prefer it.
///
///     MouseSequence.parse(Array("\u{1B}[<0;10;5M".utf8)[...])
///     // .complete(MouseEvent(.press(.left), column: 9, row: 4), length: 11)
public enum MouseSequence {
    public enum Parsed: Hashable, Sendable {
        /// A whole report of `length` bytes; the event is nil for one baedal does not use (a
        /// drag, a sixth button), which is still consumed.
        case complete(MouseEvent?, length: Int)
        /// The bytes so far start a report; wait for more.
        case incomplete
        /// The bytes are not an SGR mouse report.
        case notMouse
    }

    /// Reads a report at the start of `bytes` (which begin with ESC).
    public static func parse(_ bytes: ArraySlice<UInt8>) -> Parsed {
        let prefix: [UInt8] = [0x1B, UInt8(ascii: "["), UInt8(ascii: "<")]
        for (offset, expected) in prefix.enumerated() {
            guard offset < bytes.count else { return .incomplete }
            guard bytes[bytes.startIndex + offset] == expected else { return .notMouse }
        }
        var numbers: [Int] = [0]
        var digits = 0
        var index = bytes.startIndex + prefix.count
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length = index - bytes.startIndex + 1
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                guard digits <= 5 else { return .notMouse }
                numbers[numbers.count - 1] = numbers[numbers.count - 1] * 10 + Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: ";"):
                guard digits > 0, numbers.count < 3 else { return .notMouse }
                numbers.append(0)
                digits = 0
            case UInt8(ascii: "M"), UInt8(ascii: "m"):
                guard digits > 0, numbers.count == 3 else { return .notMouse }
                return .complete(
                    event(code: numbers[0], column: numbers[1] - 1, row: numbers[2] - 1, released: byte == UInt8(ascii: "m")),
                    length: length)
            default:
                return .notMouse
            }
            index += 1
        }
        return .incomplete
    }

    /// The event for a report's numbers (already counted from 0), or nil for one not used.
    public static func event(code: Int, column: Int, row: Int, released: Bool) -> MouseEvent? {
        guard column >= 0, row >= 0 else { return nil }
        if code & 32 != 0 { return nil }  // motion while a button is held: baedal has no drags
        if code & 64 != 0 {
            guard !released else { return nil }
            switch code & 3 {
            case 0: return MouseEvent(.wheelUp, column: column, row: row)
            case 1: return MouseEvent(.wheelDown, column: column, row: row)
            default: return nil  // wheel left/right
            }
        }
        if code & 128 != 0 { return nil }  // buttons 8–11
        if released { return MouseEvent(.release, column: column, row: row) }
        switch code & 3 {
        case 0: return MouseEvent(.press(.left), column: column, row: row)
        case 1: return MouseEvent(.press(.middle), column: column, row: row)
        case 2: return MouseEvent(.press(.right), column: column, row: row)
        default: return MouseEvent(.release, column: column, row: row)  // X10's "released"
        }
    }
}
