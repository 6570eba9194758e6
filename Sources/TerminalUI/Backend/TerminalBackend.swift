/// What a session runs in: something that shows frames and delivers keys and resizes.
///
/// The run loop (``TerminalLoop``) and every screen see only this, in the manner of ratatui's
/// `Backend`: locally it is ncurses (`CursesTerminal`), and a session served over SSH is the
/// same ncurses on a pseudo-terminal; the live-update benchmark and the tests use
/// ``HeadlessTerminal``, which has no keyboard at all.
@MainActor
public protocol TerminalBackend: AnyObject {
    /// Whether the backend still owns its terminal; the loop ends when it stops.
    var isActive: Bool { get }
    /// The size now, for the first frame.
    var size: TerminalSize { get }
    /// Waits up to `timeout` for a key or a resize, or for `wake` to become readable (then
    /// ``TerminalEvent/wake``). Nil on timeout, or for input that means nothing to baedal. A
    /// zero timeout only collects what is already waiting.
    ///
    /// Async so that a backend fed from elsewhere (``StreamTerminal``, a served session) can
    /// suspend instead of blocking the thread that runs every other session; a terminal of
    /// its own (ncurses) may simply block.
    func nextEvent(timeout: Duration, wake: WakeSource?) async -> TerminalEvent?
    /// Shows the frame, writing only what changed since the last one.
    func paint(_ frame: Frame)
    /// Whether the backend delivers ``TerminalEvent/wake`` itself when the shared database
    /// changes (a served session, woken by its server's one watcher), so the session need not
    /// poll even without a ``WakeSource`` of its own.
    var deliversWakeUps: Bool { get }
}

extension TerminalBackend {
    public var deliversWakeUps: Bool { false }
}

/// A descriptor that becomes readable when something outside the terminal wants the session's
/// attention: the shared database's change watcher. The backend waits on it beside its input,
/// so an idle session sleeps in the kernel instead of polling.
@MainActor
public protocol WakeSource: AnyObject {
    /// Readable when woken; for `poll`.
    var descriptor: Int32 { get }
    /// Consumes every pending wake-up, so the descriptor is quiet until the next.
    func drain()
}
