/// The footer line of key hints: `q 종료  ? 도움말  Enter 주문`.
///
/// Hints are listed in priority order; those that do not fit the width are left out
/// whole rather than cut mid-word, so put the essential ones (quit, help) first.
public struct KeyHintBar: Hashable, Sendable {
    public var hints: [KeyHint]
    public var keyStyle: Style
    public var actionStyle: Style
    /// Spaces between one hint and the next.
    public var spacing: Int

    public init(
        _ hints: [KeyHint], keyStyle: Style = .accent.bold(), actionStyle: Style = .plain, spacing: Int = 2
    ) {
        self.hints = hints
        self.keyStyle = keyStyle
        self.actionStyle = actionStyle
        self.spacing = spacing
    }

    /// The hints that fit in `width` columns, in order.
    public func visibleHints(width: Int) -> [KeyHint] {
        var used = 0
        var shown: [KeyHint] = []
        for hint in hints {
            let needed = (shown.isEmpty ? 0 : spacing) + hint.key.displayWidth + 1 + hint.action.displayWidth
            if used + needed > width { break }
            used += needed
            shown.append(hint)
        }
        return shown
    }

    /// Draws the hints on the first row of `rect`, clearing the rest of the row.
    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let line = rect.row(0)
        grid.fill(line, style: actionStyle)
        var spans: [Span] = []
        var x = line.x
        for (index, hint) in visibleHints(width: rect.width).enumerated() {
            if index > 0 {
                spans.append(Span(String(repeating: " ", count: spacing), style: actionStyle))
                x += spacing
            }
            spans.append(Span(hint.key, style: keyStyle))
            spans.append(Span(" " + hint.action, style: actionStyle))
            // Each hint is a button for its key, when it names one key (`Enter/→/l` is Enter;
            // `↑↓/jk` and `1-4` are several, and stay text).
            let width = hint.key.displayWidth + 1 + hint.action.displayWidth
            if let key = hint.pressedKey {
                grid.addHitRegion(Rect(x: x, y: line.y, width: min(width, line.maxX - x), height: 1), .key(key))
            }
            x += width
        }
        grid.put(spans, x: line.x, y: line.y, maxWidth: line.width)
    }
}
