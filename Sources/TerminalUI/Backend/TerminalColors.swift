/// How many colours a terminal shows, and what each semantic colour is on it: the one place
/// both backends (ncurses' colour pairs and ``AnsiPainter``'s SGR codes) take them from, so a
/// served session looks exactly as a local one does.
public enum ColorDepth: Hashable, Sendable {
    /// No colour (NO_COLOR, `dumb`, a VT100): emphasis by attributes alone.
    case none
    /// The eight ANSI colours: muted text is dim.
    case eight
    /// Sixteen or more: muted text is bright black (colour 8).
    case sixteen

    /// The depth a terminal of this `TERM` has, as its terminfo entry would say for the names
    /// people use: `*-256color`, `*-direct` and modern emulators have at least sixteen; `xterm`,
    /// `screen`, `tmux`, `linux`, `rxvt` and the rest have eight; `dumb`, `vt*` and an empty
    /// name none. `NO_COLOR` (sent with `ssh -o SetEnv=NO_COLOR=1`) wins over everything.
    public static func forTerminal(named term: String, noColor: Bool) -> ColorDepth {
        let name = term.lowercased()
        if noColor || name.isEmpty || name == "dumb" || name.hasPrefix("vt") || name == "unknown" { return .none }
        let rich = ["256color", "direct", "truecolor", "16color", "88color", "kitty", "alacritty", "wezterm", "foot", "ghostty", "iterm"]
        return rich.contains { name.contains($0) } ? .sixteen : .eight
    }
}

extension SemanticColor {
    /// The ANSI colour number (0–7) this colour is drawn with; nil for the terminal's default,
    /// and for `muted` and `inverse`, which depend on the depth.
    public var ansiNumber: Int? {
        switch self {
        case .accent: 6  // cyan
        case .info: 4  // blue
        case .success: 2  // green
        case .warning: 3  // yellow
        case .danger: 1  // red
        case .default, .muted, .inverse: nil
        }
    }
}

extension Style {
    /// The attributes that stand in for colour on a terminal without any: a coloured background
    /// flips reverse video (a bar stays a bar), muted text is dim, danger is bold.
    public var monochromeAttributes: TextAttributes {
        var result = attributes
        if background != .default { result.formSymmetricDifference(.reverse) }
        if foreground == .muted { result.insert(.dim) }
        if foreground == .danger { result.insert(.bold) }
        return result
    }
}
