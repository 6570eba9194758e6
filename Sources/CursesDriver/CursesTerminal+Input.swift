import CNCursesW
import TerminalUI

extension CursesTerminal {
    /// Waits up to `timeout` for a key or a resize; nil on timeout (or a key baedal does
    /// not use). A zero timeout only collects input that is already waiting.
    public func nextEvent(timeout: Duration) -> TerminalEvent? {
        guard isActive, let window = baedal_stdscr() else { return nil }
        wtimeout(window, Self.milliseconds(roundingUp: timeout))
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case KEY_CODE_YES:
            if Int32(bitPattern: value) == KEY_RESIZE {
                needsFullRepaint = true
                return .resize(size)
            }
            return KeyDecoder.key(forKeyCode: Int32(bitPattern: value)).map(TerminalEvent.key)
        case OK:
            return KeyDecoder.key(forCharacter: UInt32(value)).map(TerminalEvent.key)
        default:
            return nil
        }
    }

    /// Rounds up so that waiting "until the next tick" never becomes a 0 ms busy poll.
    static func milliseconds(roundingUp duration: Duration) -> Int32 {
        guard duration > .zero else { return 0 }
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }
}
