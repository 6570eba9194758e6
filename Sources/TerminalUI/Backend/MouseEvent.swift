/// A mouse action on the terminal: a button pressed or let go, or the wheel turned, at a
/// cell. Columns and rows count from 0 at the top left, as ``CellGrid`` does.
///
/// Backends deliver it as ``TerminalEvent/mouse(_:)``: the curses driver from ncurses'
/// `getmouse`, a raw-bytes backend from xterm's SGR reports (``MouseSequence``). Screens never
/// see it directly: ``App`` turns a click into the keys it stands for by hit-testing the
/// regions the last frame drew (``HitRegion``), so every click has a key that does the same.
public struct MouseEvent: Hashable, Sendable {
    public enum Button: Hashable, Sendable {
        case left, middle, right
    }

    public enum Action: Hashable, Sendable {
        case press(Button)
        /// A button let go. Clicks act on the press, as htop's do, so this only ends a click.
        case release
        /// The wheel turned away from the user: the content moves down, the view up.
        case wheelUp
        case wheelDown
    }

    public var action: Action
    public var column: Int
    public var row: Int

    public init(_ action: Action, column: Int, row: Int) {
        self.action = action
        self.column = column
        self.row = row
    }
}
