/// Turns frames into the bytes a VT100-compatible terminal (xterm, tmux, GNOME Terminal, the
/// terminal behind an SSH client) needs to show them: what ncurses does for a local session,
/// for a session whose terminal is a byte stream.
///
/// Only cells that changed since the last frame are sent, with the fewest pen changes. The
/// frame is wrapped in a synchronized update (`CSI ? 2026 h`/`l`), which terminals that know it
/// use to show the whole frame at once and others ignore.
///
/// Terminals disagree about the width of emoji and other ambiguous characters. After anything
/// but ASCII, Hangul syllables and CJK ideographs (whose width every terminal agrees on), the
/// painter moves the cursor explicitly, so a terminal that draws an emoji one column wide
/// shifts nothing after it.
///
/// Nothing a cell holds can reach the terminal as a control: C0 and C1 controls are drawn as
/// `?`. Screens draw only sanitized text already; this keeps another user's text from ever
/// moving this user's cursor, even if a widget forgets.
public struct AnsiPainter: Sendable {
    public let colors: ColorDepth
    private var painted: CellGrid?
    private var pen: Style?
    private var bellRung = false

    public init(colors: ColorDepth) { self.colors = colors }

    /// What to send first: the alternate screen (the person's shell comes back untouched),
    /// cleared, with the cursor hidden.
    public static let enter: [UInt8] = Array("\u{1B}[?1049h\u{1B}[?25l\u{1B}[0m\u{1B}[2J".utf8)
    /// What to send last: the pen reset, the cursor shown, the person's own screen back.
    public static let leave: [UInt8] = Array("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l".utf8)

    /// Forgets what the terminal shows, so the next frame is painted whole (after a resize,
    /// whose reflow leaves the screen in a state nobody knows).
    public mutating func forgetScreen() {
        painted = nil
        pen = nil
    }

    /// The bytes that turn the last frame painted into `frame`.
    public mutating func paint(_ frame: Frame) -> [UInt8] {
        var out = Output()
        out.append("\u{1B}[?2026h\u{1B}[?25l")
        let grid = frame.grid
        var previous = painted
        if previous?.size != grid.size {
            out.append("\u{1B}[0m\u{1B}[2J")
            pen = nil
            previous = nil
        }
        for y in 0..<grid.height {
            var cursorColumn: Int?  // where the terminal's cursor is on this row, when known
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if let previous, previous[x, y] == cell, cell.width < 2 || x + 1 >= grid.width || previous[x + 1, y] == grid[x + 1, y] {
                    continue
                }
                if cursorColumn != x { out.move(x: x, y: y) }
                setPen(cell.style, &out)
                let fits = x + cell.width <= grid.width
                if fits, Self.isSafe(cell.grapheme) {
                    out.append(cell.grapheme)
                    cursorColumn = Self.hasAgreedWidth(cell.grapheme) ? x + cell.width : nil
                } else {
                    out.append(String(repeating: fits ? "?" : " ", count: max(1, fits ? cell.width : grid.width - x)))
                    cursorColumn = nil
                }
            }
        }
        out.append("\u{1B}[0m")
        pen = .plain
        if let cursor = frame.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < grid.width, cursor.y < grid.height {
            out.move(x: cursor.x, y: cursor.y)
            out.append("\u{1B}[?25h")
        }
        if frame.bell && !bellRung { out.append("\u{07}") }
        bellRung = frame.bell
        out.append("\u{1B}[?2026l")
        painted = grid
        return out.bytes
    }

    private mutating func setPen(_ style: Style, _ out: inout Output) {
        guard pen != style else { return }
        pen = style
        var codes = ["0"]
        let attributes: TextAttributes
        switch colors {
        case .none:
            attributes = style.monochromeAttributes
        case .eight, .sixteen:
            var withDim = style.attributes
            if colors == .eight, style.foreground == .muted { withDim.insert(.dim) }
            attributes = withDim
            if let foreground = foregroundCode(style.foreground) { codes.append(foreground) }
            if let background = backgroundCode(style.background) { codes.append(background) }
        }
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        out.append("\u{1B}[" + codes.joined(separator: ";") + "m")
    }

    private func foregroundCode(_ color: SemanticColor) -> String? {
        switch color {
        case .muted: colors == .sixteen ? "90" : nil
        case .inverse: "30"
        default: color.ansiNumber.map { "3\($0)" }
        }
    }

    private func backgroundCode(_ color: SemanticColor) -> String? {
        switch color {
        case .muted: colors == .sixteen ? "100" : "47"
        case .inverse: "47"
        default: color.ansiNumber.map { "4\($0)" }
        }
    }

    /// No C0 or C1 control (ESC among them), so the text cannot command the terminal.
    static func isSafe(_ grapheme: String) -> Bool {
        grapheme.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return value >= 0x20 && !(0x7F...0x9F).contains(value)
        }
    }

    /// Whether every terminal advances the cursor by the width baedal gives this text: ASCII,
    /// Hangul syllables and jamo, and CJK ideographs.
    static func hasAgreedWidth(_ grapheme: String) -> Bool {
        let scalars = grapheme.unicodeScalars
        guard scalars.count == 1, let value = scalars.first?.value else { return false }
        return (0x20...0x7E).contains(value) || (0xAC00...0xD7A3).contains(value) || (0x3130...0x318F).contains(value)
            || (0x4E00...0x9FFF).contains(value)
    }

    /// The bytes of one paint.
    private struct Output {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(4096) }

        mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

        /// `CSI row ; column H`, 1-based.
        mutating func move(x: Int, y: Int) { append("\u{1B}[\(y + 1);\(x + 1)H") }
    }
}
