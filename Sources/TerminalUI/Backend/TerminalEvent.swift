/// What a screen reacts to.
public enum TerminalEvent: Hashable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The terminal changed size; the next frame must be this size.
    case resize(TerminalSize)
    /// Time passed with no input: advance clocks, expire toasts, poll for news.
    case tick
    /// Something outside the terminal signalled a change (another process committed to the
    /// shared database): look for news now rather than at the next tick.
    case wake
    /// A click or a turn of the wheel (see ``MouseEvent``); only when mouse reporting is on.
    case mouse(MouseEvent)
}
