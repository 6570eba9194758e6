import CNCursesW
import TerminalUI
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// ncurses' mouse reports, as ``MouseEvent``s.
///
/// With the mouse on, ncurses asks the terminal for reports (xterm's 1000/1006 modes, which
/// tmux, iTerm2, Windows Terminal and GNOME's terminals speak) and hands each over as
/// `KEY_MOUSE`; `getmouse` then says what happened where. The click interval is 0, so a press
/// arrives at once rather than after ncurses waits to see whether it becomes a double click.
///
/// While the terminal reports the mouse, its own text selection needs Shift held (Option in
/// iTerm2); `NO_MOUSE` set to anything non-empty leaves the mouse to the terminal.
enum CursesMouse {
    /// Whether to ask for mouse reports: yes, unless `NO_MOUSE` is set and non-empty (the
    /// same convention as `NO_COLOR`).
    static func isWanted() -> Bool {
        guard let value = getenv("NO_MOUSE") else { return true }
        return String(cString: value).isEmpty
    }

    /// Starts the reports. Returns whether the terminal can report at all.
    @discardableResult
    static func enable() -> Bool {
        _ = mouseinterval(0)
        return mousemask(baedal_mouse_wanted(), nil) != 0
    }

    static func disable() {
        _ = mousemask(0, nil)
    }

    /// The event ncurses holds after `KEY_MOUSE`, or nil for one baedal does not use (a drag,
    /// a double click, a button beyond the fifth).
    static func nextEvent() -> MouseEvent? {
        var report = MEVENT()
        guard getmouse(&report) == OK else { return nil }
        return event(state: report.bstate, column: Int(report.x), row: Int(report.y))
    }

    static func event(state: mmask_t, column: Int, row: Int) -> MouseEvent? {
        let action: MouseEvent.Action
        switch baedal_mouse_action(state) {
        case BAEDAL_MOUSE_LEFT: action = .press(.left)
        case BAEDAL_MOUSE_MIDDLE: action = .press(.middle)
        case BAEDAL_MOUSE_RIGHT: action = .press(.right)
        case BAEDAL_MOUSE_WHEEL_UP: action = .wheelUp
        case BAEDAL_MOUSE_WHEEL_DOWN: action = .wheelDown
        case BAEDAL_MOUSE_RELEASE: action = .release
        default: return nil
        }
        guard column >= 0, row >= 0 else { return nil }
        return MouseEvent(action, column: column, row: row)
    }
}
