import CNCursesW
import TerminalUI

/// Maps what `wget_wch` returns to ``Key``s.
enum KeyDecoder {
    /// A function-key code (`wget_wch` returned `KEY_CODE_YES`); nil for keys baedal
    /// does not use (Insert, keypad corners, mouse).
    static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_HOME, KEY_SHOME: return .home
        case KEY_END, KEY_SEND: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC, KEY_SDC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// A character (`wget_wch` returned `OK`): control codes become named keys,
    /// everything printable — including Hangul from an input method — a `.character`.
    /// With `nonl`, Enter arrives as CR; LF (Ctrl-J) is accepted too.
    static func key(forCharacter value: UInt32) -> Key? {
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
}
