/// A terminal that is a byte stream: what a session served inside `baedal serve` draws on.
///
/// Whoever owns the connection pushes in what arrives (``receive(_:)``, ``resize(to:)``,
/// ``wake()``) and gets the screen out as bytes through `send`; the session's run loop
/// (``TerminalLoop``) pulls events with ``nextEvent(timeout:wake:)`` as from any other backend,
/// but suspends while it waits, so one thread can serve a thousand sessions.
///
/// Memory stays bounded whatever the client does: keys beyond ``inputLimit`` waiting are
/// dropped, and while the connection cannot take more output (``outputBlocked``) only the
/// newest frame is kept and painted once it can, as a diff against what the client last got.
@MainActor
public final class StreamTerminal: TerminalBackend {
    public private(set) var isActive = true
    public private(set) var size: TerminalSize
    public var deliversWakeUps: Bool { true }
    /// Events waiting beyond this many are dropped (keys typed far faster than they are handled;
    /// a bracketed paste is one event).
    public static let inputLimit = 4096

    private var painter: AnsiPainter
    private let send: @Sendable ([UInt8]) -> Void
    private var reader = ByteKeyReader()
    private var events: [TerminalEvent] = []
    private var nextIndex = 0
    private var waiter: CheckedContinuation<TerminalEvent?, Never>?
    private var waitNumber = 0
    private var timeout: Task<Void, Never>?
    private var heldFrame: Frame?
    private var outputBlocked = false
    /// Ends a paste that has gone quiet without its end marker (``BracketedPaste/quietEnd``).
    private var pasteQuiet: Task<Void, Never>?
    private let pasteQuietEnd: Duration

    /// Whether clicks and the wheel are asked for (xterm's SGR mouse reports); without, the
    /// client's terminal keeps the mouse for selecting text.
    public let reportsMouse: Bool

    /// `pasteQuietEnd`: how long a paste may go quiet before it is taken as ended (shorter in tests).
    public init(
        size: TerminalSize, colors: ColorDepth, reportsMouse: Bool = true,
        pasteQuietEnd: Duration = BracketedPaste.quietEnd, send: @escaping @Sendable ([UInt8]) -> Void
    ) {
        self.size = size
        self.painter = AnsiPainter(colors: colors)
        self.reportsMouse = reportsMouse
        self.pasteQuietEnd = pasteQuietEnd
        self.send = send
        // Bracketed paste always: without it a paste is typing, and its line breaks are Enter.
        send(AnsiPainter.enter + (reportsMouse ? Self.mouseOn : []) + BracketedPaste.enable)
    }

    /// Button presses and the wheel (1000), in the SGR encoding (1006), which has no
    /// 223-column limit.
    static let mouseOn: [UInt8] = Array("\u{1B}[?1000h\u{1B}[?1006h".utf8)
    static let mouseOff: [UInt8] = Array("\u{1B}[?1006l\u{1B}[?1000l".utf8)

    // MARK: What arrives

    /// Bytes the person typed. Ctrl-C ends the session, as it ends a local one.
    public func receive(_ bytes: some Sequence<UInt8>) {
        guard isActive else { return }
        for event in reader.events(in: bytes) {
            if event == .key(.ctrl("c")) {
                close()
                return
            }
            if case .mouse = event, !reportsMouse { continue }
            enqueue(event)
        }
        pasteQuiet?.cancel()
        pasteQuiet = nil
        if reader.isInsidePaste { endPasteWhenQuiet() }
    }

    /// A paste's end marker may never come; once nothing has arrived for a while, what it held
    /// is delivered and what follows is keys again, rather than all input being swallowed.
    private func endPasteWhenQuiet() {
        pasteQuiet = Task { @MainActor [weak self, pasteQuietEnd] in
            try? await Task.sleep(for: pasteQuietEnd)
            guard !Task.isCancelled, let self, self.isActive else { return }
            self.pasteQuiet = nil
            for event in self.reader.endPaste() { self.enqueue(event) }
        }
    }

    /// The client's window changed size; one resize waiting is enough.
    public func resize(to newSize: TerminalSize) {
        guard isActive else { return }
        size = newSize
        painter.forgetScreen()
        events = events[nextIndex...].filter { if case .resize = $0 { false } else { true } }
        nextIndex = 0
        enqueue(.resize(newSize))
    }

    /// The shared database changed; one wake-up waiting is enough.
    public func wake() {
        guard isActive, !events[nextIndex...].contains(.wake) else { return }
        enqueue(.wake)
    }

    /// Whether the connection can take more output now (SSH flow control).
    public func setOutputBlocked(_ blocked: Bool) {
        outputBlocked = blocked
        if !blocked, let frame = heldFrame {
            heldFrame = nil
            paint(frame)
        }
    }

    /// Ends the session: the run loop returns at its next look, and the screen goes back to
    /// what the person had before.
    public func close() {
        guard isActive else { return }
        isActive = false
        pasteQuiet?.cancel()
        pasteQuiet = nil
        send(BracketedPaste.disable + (reportsMouse ? Self.mouseOff : []) + AnsiPainter.leave)
        resume(with: nil)
    }

    // MARK: TerminalBackend

    public func nextEvent(timeout: Duration, wake: WakeSource?) async -> TerminalEvent? {
        if let event = dequeue() { return event }
        guard isActive, timeout > .zero else { return nil }
        waitNumber += 1
        let number = waitNumber
        return await withCheckedContinuation { continuation in
            waiter = continuation
            self.timeout = Task { @MainActor [weak self] in
                try? await Task.sleep(for: timeout)
                guard let self, self.waitNumber == number else { return }
                self.resume(with: nil)
            }
        }
    }

    public func paint(_ frame: Frame) {
        guard isActive else { return }
        guard !outputBlocked else {
            heldFrame = frame
            return
        }
        send(painter.paint(frame))
    }

    // MARK: The queue

    private func enqueue(_ event: TerminalEvent) {
        if waiter != nil {
            resume(with: event)
            return
        }
        guard events.count - nextIndex < Self.inputLimit else { return }
        events.append(event)
    }

    private func dequeue() -> TerminalEvent? {
        guard nextIndex < events.count else { return nil }
        let event = events[nextIndex]
        nextIndex += 1
        if nextIndex == events.count {
            events.removeAll(keepingCapacity: events.count <= 64)
            nextIndex = 0
        }
        return event
    }

    private func resume(with event: TerminalEvent?) {
        guard let waiter else { return }
        self.waiter = nil
        waitNumber += 1  // the pending timeout, if any, now finds a newer wait and does nothing
        timeout?.cancel()
        timeout = nil
        waiter.resume(returning: event)
    }
}
