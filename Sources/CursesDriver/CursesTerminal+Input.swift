import CNCursesW
import TerminalUI
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CursesTerminal {
    /// Waits up to `timeout` for a key, a click or a resize, or for `wake` (then `.wake`); nil on
    /// timeout (or a key baedal does not use). A zero timeout only collects input that is
    /// already waiting.
    ///
    /// With a wake source the wait is a `poll` on the keyboard and the wake descriptor together;
    /// curses is then asked only for what is already there, which includes a resize.
    public func nextEvent(timeout: Duration, wake: WakeSource?) -> TerminalEvent? {
        guard isActive, let window = baedal_stdscr() else { return nil }
        if resizeDuringPaste {
            resizeDuringPaste = false
            needsFullRepaint = true
            return .resize(size)
        }
        guard let wake, timeout > .zero else { return readKey(window, timeout: timeout) }
        // ncurses may hold input already (a pushed-back character, the rest of a sequence).
        if let waiting = readKey(window, timeout: .zero) { return waiting }
        var entries = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake.descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: ResizeSignal.descriptor, events: Int16(POLLIN), revents: 0),
        ]
        // SIGWINCH may land on another thread and then interrupts no `poll`; the resize pipe
        // wakes it instead (see ``ResizeSignal``). Without the pipe, look every 250 ms.
        let longest = ResizeSignal.descriptor >= 0 ? timeout : min(timeout, .milliseconds(250))
        let ready = poll(&entries, 3, Self.milliseconds(roundingUp: longest))
        if ready > 0, entries[2].revents != 0 { ResizeSignal.drain() }
        if ready > 0, entries[1].revents != 0 {
            wake.drain()
            return .wake
        }
        // Input, a signal (a resize), or the timeout: curses says which, without waiting.
        return readKey(window, timeout: .zero)
    }

    private func readKey(_ window: UnsafeMutablePointer<WINDOW>, timeout: Duration) -> TerminalEvent? {
        wtimeout(window, Self.milliseconds(roundingUp: timeout))
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case KEY_CODE_YES:
            if Int32(bitPattern: value) == KEY_RESIZE {
                needsFullRepaint = true
                return .resize(size)
            }
            if Int32(bitPattern: value) == KEY_MOUSE {
                return CursesMouse.nextEvent().map(TerminalEvent.mouse)
            }
            return CursesKeyCodes.key(forKeyCode: Int32(bitPattern: value)).map(TerminalEvent.key)
        case OK where UInt32(value) == KeyDecoder.escape:
            return readEscapeSequence(window)
        case OK:
            return KeyDecoder.key(forCharacter: UInt32(value)).map(TerminalEvent.key)
        default:
            return nil
        }
    }

    /// After Esc, the rest of a sequence ncurses did not know: read whole, it is a key or dropped
    /// (see ``KeyDecoder``), or a bracketed paste. A character that starts no sequence is put
    /// back: Esc was a key.
    private func readEscapeSequence(_ window: UnsafeMutablePointer<WINDOW>) -> TerminalEvent? {
        var sequence = EscapeSequence()
        // A sequence's characters arrive together; 25 ms (the Esc delay) covers a slow ssh link.
        wtimeout(window, 25)
        var started = false
        while true {
            var value: wint_t = 0
            // Nothing more: Esc on its own, or a sequence cut off (dropped).
            guard wget_wch(window, &value) == OK else { return started ? nil : .key(.escape) }
            started = true
            switch sequence.feed(UInt32(value)) {
            case .needsMore: continue
            case .complete(let key): return key.map(TerminalEvent.key)
            case .pasteStart: return readPaste(window)
            case .notASequence:
                unget_wch(wchar_t(value))
                return .key(.escape)
            }
        }
    }

    /// A bracketed paste, after its start marker: read to the end marker as one `.paste`, never
    /// as keys (see ``BracketedPaste``, which also bounds it). A terminal writes a paste at once,
    /// so a paste quiet for ``BracketedPaste/quietEnd`` has lost its end marker and ends there.
    private func readPaste(_ window: UnsafeMutablePointer<WINDOW>) -> TerminalEvent? {
        var paste = BracketedPaste()
        var text: String?
        wtimeout(window, Self.milliseconds(roundingUp: BracketedPaste.quietEnd))
        while !paste.isOver {
            var value: wint_t = 0
            switch wget_wch(window, &value) {
            case OK:
                if let delivered = paste.feed(UInt32(value)) { text = delivered }
            case KEY_CODE_YES:
                // A sequence ncurses decoded itself is not text; a resize is reported after the paste.
                if Int32(bitPattern: value) == KEY_RESIZE { resizeDuringPaste = true }
            default:
                if let delivered = paste.finish() { text = delivered }
            }
        }
        guard let text, !text.isEmpty else { return nil }
        return .key(.paste(text))
    }

    /// Rounds up so that waiting "until the next tick" never becomes a 0 ms busy poll.
    static func milliseconds(roundingUp duration: Duration) -> Int32 {
        guard duration > .zero else { return 0 }
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }
}
