import CNCursesW
import TerminalUI
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real terminal, driven through ncursesw: paints ``Frame``s and reads keys.
///
/// The only type in baedal that talks to curses. Everything it shows is a ``Frame``
/// computed elsewhere, so screens never depend on it and are tested without a terminal.
/// Curses is single-threaded, so the terminal lives on the main actor.
///
/// ```swift
/// let terminal = CursesTerminal()
/// try terminal.start()
/// defer { terminal.stop() }
/// await terminal.run { event in app.handle(event) }
/// ```
@MainActor
public final class CursesTerminal {
    /// What ``start()`` had to decide about the environment.
    public struct StartReport: Sendable {
        /// Set when the locale was not UTF-8 and baedal switched to one; worth showing
        /// the user (it is also printed to standard error, visible after exit).
        public var localeNotice: String?
        /// Whether colours are used (false on monochrome terminals and with `NO_COLOR`).
        public var usesColor: Bool
    }

    public enum StartError: Error, CustomStringConvertible {
        /// Standard input/output is not a terminal curses can drive (e.g. piped output,
        /// or `TERM` unset or unknown).
        case noTerminal(term: String?)

        public var description: String {
            switch self {
            case .noTerminal(let term):
                return "baedal needs an interactive terminal (TERM=\(term ?? "unset"))."
            }
        }
    }

    /// Whether curses currently owns the terminal.
    public private(set) var isActive = false

    var screen: OpaquePointer?
    var palette = ColorPalette.monochrome
    /// The grid currently on screen, to diff the next frame against; nil forces a full paint.
    var painted: CellGrid?
    var needsFullRepaint = true
    /// Whether the last painted frame asked for the bell: it rings as a frame starts asking.
    var paintedBell = false
    var cursorIsVisible: Bool?
    /// A resize came in the middle of a bracketed paste; the next event reports it.
    var resizeDuringPaste = false
    /// Whether clicks and the wheel are asked of the terminal and delivered as
    /// ``TerminalEvent/mouse(_:)``.
    public let reportsMouse: Bool

    /// `reportsMouse`: the sessions leave it to ``mouseIsWanted()`` (on unless `NO_MOUSE` is
    /// set); a screen with nothing to click (the demo) passes false, so the terminal keeps
    /// its own text selection.
    public init(reportsMouse: Bool = CursesTerminal.mouseIsWanted()) {
        self.reportsMouse = reportsMouse
    }

    /// Whether a session should use the mouse: yes, unless `NO_MOUSE` is set and non-empty.
    public static func mouseIsWanted() -> Bool { CursesMouse.isWanted() }

    /// Takes over the terminal: UTF-8 locale, raw-ish keyboard (cbreak, no echo, keypad,
    /// short Esc delay), colours if wanted, hidden cursor, and restore-on-exit handlers.
    @discardableResult
    public func start() throws -> StartReport {
        guard !isActive else {
            return StartReport(localeNotice: nil, usesColor: palette.usesColor)
        }
        let localeNotice = LocaleSetup.adoptUTF8Locale()
        if let localeNotice {
            fputs("baedal: \(localeNotice)\n", baedal_stderr())
        }
        TerminalRestoration.install()
        guard let screen = newterm(nil, baedal_stdout(), baedal_stdin()) else {
            TerminalRestoration.uninstall()
            throw StartError.noTerminal(term: getenv("TERM").map { String(cString: $0) })
        }
        self.screen = screen
        isActive = true
        TerminalRestoration.setCursesOwnsTerminal(true)
        ResizeSignal.install()

        let window = baedal_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        // Esc must feel instant; 25 ms is still long enough for arrow-key sequences to
        // arrive whole over ssh.
        set_escdelay(25)
        palette = Self.makePalette()
        if reportsMouse { CursesMouse.enable() }
        // Always, unlike the mouse: nothing is lost by it, and without it a pasted line break is
        // Enter and pasted letters are commands.
        TerminalRestoration.setBracketedPaste(true)
        setCursorVisible(false)
        painted = nil
        needsFullRepaint = true
        return StartReport(localeNotice: localeNotice, usesColor: palette.usesColor)
    }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard isActive else { return }
        if reportsMouse { CursesMouse.disable() }
        curs_set(1)
        endwin()
        TerminalRestoration.setBracketedPaste(false)
        TerminalRestoration.setCursesOwnsTerminal(false)
        if let screen { delscreen(screen) }
        screen = nil
        isActive = false
        painted = nil
        cursorIsVisible = nil
        resizeDuringPaste = false
        TerminalRestoration.uninstall()
    }

    /// The terminal's current size (zero when not started).
    public var size: TerminalSize {
        guard isActive, let window = baedal_stdscr() else { return TerminalSize(width: 0, height: 0) }
        return TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Colour unless the terminal has none or the user opted out with `NO_COLOR`
    /// (any non-empty value, per no-color.org).
    private static func makePalette() -> ColorPalette {
        let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        guard has_colors(), !noColor, start_color() != ERR else { return .monochrome }
        let defaultColorsWork = use_default_colors() != ERR
        return ColorPalette(
            usesColor: true, defaultColorsWork: defaultColorsWork,
            colors: Int(baedal_colors()), colorPairs: Int(baedal_color_pairs()))
    }

    func setCursorVisible(_ visible: Bool) {
        guard cursorIsVisible != visible else { return }
        curs_set(visible ? 1 : 0)
        if let window = baedal_stdscr() { leaveok(window, !visible) }
        cursorIsVisible = visible
    }
}
