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
/// Handlers touch nothing but a flag, `endwin`, `sigaction` and `raise`: no allocation,
/// no locks, no Swift runtime calls.
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

    /// Puts back the dispositions found at ``install()``.
    static func uninstall() {
        guard installed else { return }
        installed = false
        for signal in signals {
            sigaction(signal, previousActions + Int(signal), nil)
        }
    }

    /// Marks whether curses currently owns the terminal, i.e. whether a handler must
    /// call `endwin`.
    static func setCursesOwnsTerminal(_ owns: Bool) {
        cursesOwnsTerminal = owns ? 1 : 0
    }

    nonisolated(unsafe) private static var installed = false
}

/// 1 while curses owns the terminal. Written on the main thread, read in handlers.
nonisolated(unsafe) private var cursesOwnsTerminal: Int32 = 0

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
}

private func restoreTerminalAndReraise(_ signal: Int32) {
    endwinIfOwned()
    sigaction(signal, previousActions + Int(signal), nil)
    raise(signal)
}
