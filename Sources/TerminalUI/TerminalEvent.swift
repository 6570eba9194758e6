/// What a screen reacts to.
public enum TerminalEvent: Hashable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The terminal changed size; the next frame must be this size.
    case resize(TerminalSize)
    /// Time passed with no input: advance clocks, expire toasts, poll for news.
    case tick
}
