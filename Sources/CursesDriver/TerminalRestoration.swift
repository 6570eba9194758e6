import CNCursesW
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Gives the terminal back on every way out: normal exit, Ctrl-C, `kill`, and crashes.
///
/// A program that dies while curses owns the terminal leaves it in no-echo, no-newline
/// mode on the alternate screen, and the user has to type `reset` blind. The handlers
/// here call `endwin` (as ncurses's own SIGINT handler does) and then re-raise the signal
/// with the disposition that was there before — the default, or the Swift runtime's crash
/// backtracer — so the exit status and any crash report are what they would have been,
/// only now printed on a working terminal.
///
/// Bracketed paste (DECSET 2004) is not curses's, so `endwin` leaves it on: the handlers
/// switch it off as well, or the shell afterwards would get every paste wrapped in
/// `ESC [ 2 0 0 ~` … `ESC [ 2 0 1 ~`. The same goes for Ctrl-Z: ncurses's own SIGTSTP handler
/// gives the terminal back and takes it again on `fg`; ours wraps it, switching paste off
/// before and on after.
///
/// Handlers touch nothing but flags, `endwin`, `write`, `sigaction` and `raise` (and ncurses's
/// SIGTSTP handler): no allocation, no locks, no Swift runtime calls.
enum TerminalRestoration {
    /// Signals that end the process: asked to stop (INT, TERM, HUP, QUIT) or crashing
    /// (SEGV, BUS, ABRT, and ILL/TRAP, which is how Swift's own traps arrive — a failed
    /// force-unwrap or array bounds check is SIGILL on x86_64, SIGTRAP on arm64).
    static let signals: [Int32] = [
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGTRAP, SIGFPE,
    ]

    /// Installs the handlers; call before curses starts, so ncurses sees them and does not
    /// install its own exiting SIGINT/SIGTERM handlers.
    static func install() {
        guard !installed else { return }
        // Globals initialise lazily; do it here, never first inside a handler.
        _ = previousActions
        _ = (pasteOn, pasteOff)
        installed = true
        atexit {
            endwinIfOwned()
        }
        for signal in signals {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = restoreTerminalAndReraise
            #else
                action.__sigaction_u.__sa_handler = restoreTerminalAndReraise
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, previousActions + Int(signal))
        }
    }

    /// Puts back the dispositions found at ``install()``, and ncurses's SIGTSTP handler.
    static func uninstall() {
        guard installed else { return }
        installed = false
        for signal in signals {
            sigaction(signal, previousActions + Int(signal), nil)
        }
        if suspendWrapped {
            suspendWrapped = false
            sigaction(SIGTSTP, previousActions + Int(SIGTSTP), nil)
        }
    }

    /// Turns bracketed paste on or off now, and remembers it so that every way out (and Ctrl-Z)
    /// turns it off. Turning it on also wraps ncurses's SIGTSTP handler, so call it after
    /// `newterm`, which installs that handler.
    static func setBracketedPaste(_ on: Bool) {
        bracketedPasteOn = on ? 1 : 0
        writeToTerminal(on ? pasteOn : pasteOff)
        if on { wrapSuspend() }
    }

    /// Puts ``suspendTerminal`` in front of ncurses's SIGTSTP handler. Without a handler there
    /// (SIGTSTP ignored, as under a shell without job control) there is no suspending to wrap.
    private static func wrapSuspend() {
        guard installed, !suspendWrapped else { return }
        let ncurses = previousActions + Int(SIGTSTP)
        guard sigaction(SIGTSTP, nil, ncurses) == 0 else { return }
        #if canImport(Glibc)
            let handler = ncurses.pointee.__sigaction_handler.sa_handler
        #else
            let handler = ncurses.pointee.__sigaction_u.__sa_handler
        #endif
        guard let handler, unsafeBitCast(handler, to: Int.self) > 1 else { return }  // SIG_DFL 0, SIG_IGN 1
        var action = ncurses.pointee
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = suspendTerminal
        #else
            action.__sigaction_u.__sa_handler = suspendTerminal
        #endif
        sigaction(SIGTSTP, &action, nil)
        suspendWrapped = true
    }

    nonisolated(unsafe) private static var suspendWrapped = false

    /// Marks whether curses currently owns the terminal, i.e. whether a handler must
    /// call `endwin`.
    static func setCursesOwnsTerminal(_ owns: Bool) {
        cursesOwnsTerminal = owns ? 1 : 0
    }

    nonisolated(unsafe) private static var installed = false
}

/// 1 while curses owns the terminal. Written on the main thread, read in handlers.
nonisolated(unsafe) private var cursesOwnsTerminal: Int32 = 0

/// 1 while bracketed paste is on. Written on the main thread, read in handlers.
nonisolated(unsafe) private var bracketedPasteOn: Int32 = 0

/// DECSET/DECRST 2004 as C strings, allocated before any handler can need them.
nonisolated(unsafe) private let pasteOn: UnsafeMutablePointer<CChar> = strdup("\u{1B}[?2004h")!
nonisolated(unsafe) private let pasteOff: UnsafeMutablePointer<CChar> = strdup("\u{1B}[?2004l")!

/// `write(2)`, which a signal handler may call, unlike stdio.
private func writeToTerminal(_ text: UnsafeMutablePointer<CChar>) {
    _ = write(STDOUT_FILENO, text, strlen(text))
}

/// The dispositions in place before ours, indexed by signal number. A raw buffer, not a
/// dictionary, so handlers can read it without touching the Swift runtime.
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
    let buffer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    buffer.initialize(repeating: sigaction(), count: 65)
    return buffer
}()

private func endwinIfOwned() {
    if cursesOwnsTerminal != 0 {
        cursesOwnsTerminal = 0
        endwin()
    }
    if bracketedPasteOn != 0 {
        bracketedPasteOn = 0
        writeToTerminal(pasteOff)
    }
}

/// Ctrl-Z: paste off, then ncurses's handler, which gives the terminal back, stops the
/// process, and on `fg` takes the terminal again and repaints; then paste on again.
private func suspendTerminal(_ signal: Int32) {
    let wasOn = bracketedPasteOn != 0
    if wasOn { writeToTerminal(pasteOff) }
    #if canImport(Glibc)
        previousActions[Int(SIGTSTP)].__sigaction_handler.sa_handler?(signal)
    #else
        previousActions[Int(SIGTSTP)].__sigaction_u.__sa_handler?(signal)
    #endif
    if wasOn && bracketedPasteOn != 0 { writeToTerminal(pasteOn) }
}

private func restoreTerminalAndReraise(_ signal: Int32) {
    endwinIfOwned()
    sigaction(signal, previousActions + Int(signal), nil)
    raise(signal)
}
