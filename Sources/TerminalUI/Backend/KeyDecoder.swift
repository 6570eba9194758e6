/// Maps what the terminal sends to ``Key``s. Pure (no ncurses), so it can be tested and fuzzed alone.
///
/// ncurses decodes the escape sequences its terminfo entry knows (`keypad`), but a terminal often sends
/// more than its entry says: tmux under `TERM=xterm-256color` sends `ESC [ 4 ~` for End, which xterm's
/// entry spells `ESC O F`. ncurses then hands the sequence over character by character, and reading it
/// as Esc, `[`, `4`, `~` pressed one after another switched tabs. ``EscapeSequence`` reads such a
/// sequence whole instead: the keys baedal knows become keys, anything else is dropped.
public enum KeyDecoder {
    public static let escape: UInt32 = 27

    /// A character (`wget_wch` returned `OK`): control codes become named keys,
    /// everything printable — including Hangul from an input method — a `.character`.
    /// With `nonl`, Enter arrives as CR; LF (Ctrl-J) is accepted too.
    public static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0..<32, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    /// The keys a burst of characters means, Esc-led sequences and bracketed pastes read whole:
    /// what the driver does, in one pure function for tests and the fuzzer. A sequence cut off
    /// at the end is dropped; a paste without its end marker ends with the burst, as the driver
    /// ends one that goes quiet. The same reading as a served session's (``ByteKeyReader``),
    /// given the characters at once.
    public static func keys(for input: [UInt32]) -> [Key] {
        var bytes: [UInt8] = []
        for scalar in input.compactMap(Unicode.Scalar.init) { UTF8.encode(scalar) { bytes.append($0) } }
        var reader = ByteKeyReader()
        return reader.keys(in: bytes) + reader.endPaste().compactMap { if case .key(let key) = $0 { key } else { nil } }
    }
}

/// Reads the characters that follow Esc: a CSI (`ESC [ params final`) or SS3 (`ESC O final`)
/// sequence, as ECMA-48 frames them, into the key it stands for, or nil for one baedal does not use.
public struct EscapeSequence: Sendable {
    public enum Step: Equatable {
        /// The sequence goes on; feed the next character (a cut-off sequence is dropped).
        case needsMore
        /// The sequence ended: the key it stands for, or nil to drop it (mouse, focus, a stray
        /// paste end marker, Insert, modified keys, anything malformed or unknown).
        case complete(Key?)
        /// `ESC [ 2 0 0 ~`: a bracketed paste starts; read it with ``BracketedPaste``.
        case pasteStart
        /// This character does not start a sequence: Esc was pressed on its own, and the
        /// character is a key of its own.
        case notASequence
    }

    /// Longer sequences are not keys (and may be noise): they are read to their end and dropped.
    static let longestSequence = 32

    /// The `200` of `ESC [ 2 0 0 ~`, which opens a bracketed paste.
    static let pasteStartParameters: [UInt8] = Array("200".utf8)

    private enum Kind { case start, csi, ss3 }
    private var kind = Kind.start
    private var parameters: [UInt8] = []
    private var length = 0
    private var tooLong = false

    public init() {}

    public mutating func feed(_ value: UInt32) -> Step {
        length += 1
        switch kind {
        case .start:
            switch value {
            case 0x5B: kind = .csi; return .needsMore  // [
            case 0x4F: kind = .ss3; return .needsMore  // O
            default: return .notASequence
            }
        case .ss3:
            guard (0x40...0x7E).contains(value) else { return .complete(nil) }
            return .complete(Self.ss3Key(UInt8(value)))
        case .csi:
            switch value {
            case 0x20...0x3F:  // parameter and intermediate bytes
                if length < Self.longestSequence { parameters.append(UInt8(value)) } else { tooLong = true }
                return .needsMore
            case 0x40...0x7E:
                if !tooLong, value == 0x7E, parameters == Self.pasteStartParameters { return .pasteStart }
                return .complete(tooLong ? nil : Self.csiKey(parameters: parameters, final: UInt8(value)))
            default:
                return .complete(nil)
            }
        }
    }

    /// `ESC O x`: what xterm sends in application cursor mode, and F1–F4.
    static func ss3Key(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "M"): .enter
        case UInt8(ascii: "P"): .function(1)
        case UInt8(ascii: "Q"): .function(2)
        case UInt8(ascii: "R"): .function(3)
        case UInt8(ascii: "S"): .function(4)
        default: nil
        }
    }

    /// `ESC [ … x`. Only unmodified keys (no parameter, or `1`) and Shift (`1;2`, `n;2`) are keys,
    /// as ncurses reports shifted Home, End and arrows; Ctrl and Alt combinations are dropped.
    static func csiKey(parameters: [UInt8], final: UInt8) -> Key? {
        let fields = parameters.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
        guard fields.count <= 2, fields.allSatisfy({ $0.count <= 3 && $0.allSatisfy { (0x30...0x39).contains($0) } })
        else { return nil }
        let numbers = fields.map { field in field.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        if fields.count == 2, numbers[1] != 1, numbers[1] != 2 { return nil }
        let first = fields.first?.isEmpty == false ? numbers[0] : nil
        switch final {
        case UInt8(ascii: "~"):
            guard let first else { return nil }
            return tildeKey(first)
        case UInt8(ascii: "Z"):
            return fields.count == 1 && first == nil ? .backTab : nil
        default:
            guard first == nil || first == 1 else { return nil }
            switch final {
            case UInt8(ascii: "A"): return .up
            case UInt8(ascii: "B"): return .down
            case UInt8(ascii: "C"): return .right
            case UInt8(ascii: "D"): return .left
            case UInt8(ascii: "H"): return .home
            case UInt8(ascii: "F"): return .end
            case UInt8(ascii: "P"): return .function(1)
            case UInt8(ascii: "Q"): return .function(2)
            case UInt8(ascii: "R"): return .function(3)
            case UInt8(ascii: "S"): return .function(4)
            default: return nil
            }
        }
    }

    /// `ESC [ n ~`, as VT220, xterm, tmux and screen number their editing and function keys.
    static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: .home
        case 4, 8: .end
        case 3: .delete
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(number - 10)
        case 17...21: .function(number - 11)
        case 23, 24: .function(number - 12)
        default: nil
        }
    }
}
