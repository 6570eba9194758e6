/// A key press, already decoded from terminal escape sequences.
///
/// Keys with their own names (Enter, Tab, Backspace) are never reported as `ctrl`:
/// Ctrl-M is `.enter`, Ctrl-I is `.tab`, Ctrl-H is `.backspace`, Ctrl-J is `.enter`.
public enum Key: Hashable, Sendable {
    /// A printable grapheme, including Hangul syllables committed by an input method.
    case character(Character)
    case enter
    case escape
    case tab
    case backTab
    case up
    case down
    case left
    case right
    case backspace
    case delete
    case home
    case end
    case pageUp
    case pageDown
    /// Control plus a letter, lowercase: `.ctrl("u")` for Ctrl-U.
    case ctrl(Character)
    /// F1 is `.function(1)`.
    case function(Int)
    /// Text the terminal pasted (bracketed paste), whole and as sent, line breaks and all.
    /// Never a command: only a field being typed in takes it (``TextField/handle(_:)``).
    case paste(String)

    /// How the key is written in key hints, e.g. `Enter`, `↑`, `C-u`, `F1`.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .ctrl(let letter): return "C-\(letter)"
        case .function(let number): return "F\(number)"
        case .paste: return "Paste"
        }
    }
}
