#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A terminal with no screen and no keyboard: it keeps the last frame and hands out queued
/// events. The live-update benchmark runs real sessions on it, and tests drive the run loop
/// with it; a wake source still wakes it, exactly as it wakes the curses terminal.
@MainActor
public final class HeadlessTerminal: TerminalBackend {
    public private(set) var isActive = true
    public var size: TerminalSize
    /// The last frame painted.
    public private(set) var lastFrame: Frame?
    /// How many frames were painted.
    public private(set) var paintCount = 0
    /// Events delivered before any waiting, in order (keys a test types).
    public var queued: [TerminalEvent] = []

    public init(size: TerminalSize = .minimum) { self.size = size }

    public func nextEvent(timeout: Duration, wake: WakeSource?) -> TerminalEvent? {
        if !queued.isEmpty { return queued.removeFirst() }
        guard timeout > .zero else { return nil }
        let (seconds, attoseconds) = timeout.components
        let milliseconds = Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
        guard let wake else {
            _ = poll(nil, 0, milliseconds)
            return nil
        }
        var entry = pollfd(fd: wake.descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, milliseconds) > 0 else { return nil }
        wake.drain()
        return .wake
    }

    public func paint(_ frame: Frame) {
        lastFrame = frame
        paintCount += 1
    }

    /// Ends the run loop at its next turn.
    public func stop() { isActive = false }
}
