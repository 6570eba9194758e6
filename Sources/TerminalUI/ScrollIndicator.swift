/// Says that a list scrolls, the way htop does: while rows are hidden, the list gives up its
/// last column to a gutter with `↑` on the first row (rows hidden above) and `↓` on the last
/// (rows hidden below).
///
/// Without it a list cut by the window looked complete (at 80×24 the newest notification
/// sat hidden above the inbox with no hint). The gutter is its own column, so it never
/// covers a row's text.
public struct ScrollIndicator: Hashable, Sendable {
    /// Rows hidden above and below the drawn ones.
    public var above: Int
    public var below: Int

    public init(above: Int, below: Int) {
        self.above = max(0, above)
        self.below = max(0, below)
    }

    /// The indicator for `total` rows drawn from `first` in `rows` rows.
    public init(total: Int, first: Int, rows: Int) {
        self.init(above: first, below: total - first - max(0, rows))
    }

    /// Whether a gutter is needed: `total` rows do not fit in `rows`.
    public static func isNeeded(total: Int, rows: Int) -> Bool { total > max(0, rows) }

    /// Where the rows go when `total` of them are drawn in `rect`: all of it, or all but the
    /// gutter column.
    public static func rowsRect(total: Int, in rect: Rect) -> Rect {
        isNeeded(total: total, rows: rect.height) && rect.width > 1 ? rect.inset(right: 1) : rect
    }

    /// Draws the gutter in `rect`'s last column.
    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty, rect.width > 1 else { return }
        let x = rect.maxX - 1
        for y in rect.y..<rect.maxY { grid.put(" ", x: x, y: y) }
        if above > 0 { grid.put("↑", x: x, y: rect.y, style: .accent.bold()) }
        if below > 0 && (rect.height > 1 || above == 0) {
            grid.put("↓", x: x, y: rect.maxY - 1, style: .accent.bold())
        }
    }
}
