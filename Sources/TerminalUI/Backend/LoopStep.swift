/// What a screen wants after handling an event.
///
/// Lives here rather than in the driver so screens can be written and tested without
/// a terminal.
public enum LoopStep: Hashable, Sendable {
    /// Show this frame; the driver writes only the cells that changed.
    case render(Frame)
    /// Nothing visible changed; the driver does no terminal I/O at all.
    case keep
    /// Leave the run loop.
    case quit
}
