/// The frame every baedal screen shares: a title bar on top, key hints at the bottom,
/// and the body between them.
///
/// Giving customer, owner and rider screens the same chrome keeps them recognisably one
/// app, and keeps the footer and `?` help built from the same ``KeyHint`` list.
public struct ScreenChrome: Hashable, Sendable {
    /// Left side of the title bar, e.g. `baedal · 주문 목록`.
    public var title: String
    /// Right side of the title bar, e.g. `사장님 · 김밥천국` or a clock.
    public var status: String
    public var hints: [KeyHint]

    public init(title: String, status: String = "", hints: [KeyHint]) {
        self.title = title
        self.status = status
        self.hints = hints
    }

    /// Draws the title bar and footer into `grid` and returns the body rectangle.
    @discardableResult
    public func render(into grid: inout CellGrid) -> Rect {
        let parts = grid.bounds.splitRows([.fixed(1), .fill, .fixed(1)])
        let header = parts[0]
        grid.fill(header, style: .bar)
        let inner = header.inset(left: 1, right: 1)
        let statusWidth = min(status.displayWidth, inner.width / 2)
        if statusWidth > 0 {
            grid.put(
                status, in: Rect(x: inner.maxX - statusWidth, y: inner.y, width: statusWidth, height: 1),
                alignment: .right, style: .bar)
        }
        let titleRoom = inner.width - statusWidth - (statusWidth > 0 ? 2 : 0)
        grid.put(title, in: Rect(x: inner.x, y: inner.y, width: titleRoom, height: 1), style: .bar)
        KeyHintBar(hints).render(into: &grid, in: parts[2])
        return parts[1]
    }

    /// The `?` overlay listing this screen's hints.
    public var helpOverlay: HelpOverlay { HelpOverlay(hints: hints) }
}
