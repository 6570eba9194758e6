/// The `?` overlay: a centred box listing every key hint of the current screen.
///
/// Drawn over the screen after everything else. The screen owns whether it is open;
/// ``isToggle(_:)`` and ``isDismissal(_:)`` keep the keys the same on every screen.
public struct HelpOverlay: Hashable, Sendable {
    public var title: String
    public var hints: [KeyHint]
    /// The last line, telling how to close the overlay.
    public var closingNote: String

    public init(title: String = "도움말", hints: [KeyHint], closingNote: String = "Esc/? 닫기") {
        self.title = title
        self.hints = hints
        self.closingNote = closingNote
    }

    /// `?` opens and closes help on every screen.
    public static func isToggle(_ key: Key) -> Bool {
        key == .character("?")
    }

    /// Keys that close an open overlay: `?`, Esc and `q`.
    public static func isDismissal(_ key: Key) -> Bool {
        key == .character("?") || key == .escape || key == .character("q")
    }

    /// Draws the overlay centred in `rect`. Hints that do not fit vertically are cut,
    /// with `…` as the last line.
    public func render(into grid: inout CellGrid, in rect: Rect) {
        let keyWidth = hints.map(\.key.displayWidth).max() ?? 0
        let rowTexts = hints.map { $0.key.padded(toWidth: keyWidth) + "  " + $0.action }
        let contentWidth = max(
            rowTexts.map(\.displayWidth).max() ?? 0,
            closingNote.displayWidth,
            title.displayWidth + 2)
        let box = rect.centered(width: contentWidth + 4, height: hints.count + 4)
        let inside = grid.box(box, title: title, style: .accent, border: .rounded)
        guard !inside.isEmpty else { return }
        let content = inside.inset(left: 1, right: 1)
        let hintRows = max(0, inside.height - 2)
        for (index, hint) in hints.enumerated() where index < hintRows {
            let y = content.y + index
            if index == hintRows - 1 && hints.count > hintRows {
                grid.put("…", x: content.x, y: y, style: .muted)
                break
            }
            let used = grid.put(
                hint.key.padded(toWidth: keyWidth), x: content.x, y: y,
                style: .accent.bold(), maxWidth: content.width)
            grid.put("  " + hint.action, x: content.x + used, y: y, maxWidth: content.width - used)
        }
        grid.put(closingNote, in: content.row(content.height - 1), alignment: .right, style: .muted)
    }
}
