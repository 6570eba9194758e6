import Foundation

/// How many list rows fit on a page at `size`, for paging with PgUp/PgDn: the chrome,
/// tabs, notice line, the page's box and its header take about ten rows.
func listRows(for size: TerminalSize, reserving extra: Int = 0) -> Int {
    max(1, size.height - 10 - extra)
}

/// One section tab of a signed-in session: `2 장바구니 3/10`.
struct SectionTab: Equatable, Sendable {
    var number: Int
    var title: String
    /// A count worth noticing (cart items, unread notifications), drawn in the accent colour.
    var badge: String?

    init(_ number: Int, _ title: String, badge: String? = nil) {
        self.number = number
        self.title = title
        self.badge = badge
    }
}

/// The layout every signed-in screen shares, top to bottom: the title bar (who is signed
/// in, the time), the section tabs, the page, a notice line for news in place, and the
/// key hints. Keeping the notice line reserved means a refusal never shifts the page.
struct SessionLayout {
    var title: String
    var status: String
    var tabs: [SectionTab]
    var activeTab: Int
    var hints: [KeyHint]
    var notice: Notice?
    /// A line under the tabs that belongs to the whole session rather than one page: the
    /// owner's store switcher. Nil leaves the row to the page.
    var subheader: [Span]? = nil
    /// The session's database as the title bar names it (``DatabaseName/short``), put before the
    /// status when the bar has room: someone with sessions on two databases can tell them apart
    /// at a glance. Nil for served sessions, which do not show the server's files.
    var database: String? = nil

    /// The status with the database before it, when both fit beside the title; the title
    /// (who is signed in) wins the room.
    func statusWithDatabase(width: Int) -> String {
        guard let database, !database.isEmpty else { return status }
        let both = "\(database) · \(status)"
        let inner = width - 2
        return both.displayWidth <= inner / 2 && title.displayWidth + 2 + both.displayWidth <= inner ? both : status
    }

    /// The page's rectangle at `size` with a one-line notice and no subheader: what an update
    /// (which draws nothing) uses to size a scroll. Drawing clamps again, so a longer notice
    /// costs at most a line of scroll.
    static func pageArea(for size: TerminalSize) -> Rect {
        Rect(x: 0, y: 2, width: size.width, height: max(0, size.height - 4))
    }

    /// Draws the chrome and returns the page's rectangle.
    func render(into grid: inout CellGrid) -> Rect {
        let body = ScreenChrome(title: title, status: statusWithDatabase(width: grid.bounds.width), hints: hints).render(into: &grid)
        let noticeRows = notice.map { min(3, max(1, ($0.marker + $0.text).wrapped(toWidth: body.width - 2).count)) } ?? 1
        let parts = body.splitRows([.fixed(1), .fixed(subheader == nil ? 0 : 1), .fill, .fixed(noticeRows)])
        renderTabs(into: &grid, in: parts[0])
        if let subheader { grid.put(subheader, x: parts[1].x + 1, y: parts[1].y, maxWidth: parts[1].width - 2) }
        notice?.render(into: &grid, in: parts[3].inset(left: 1, right: 1))
        return parts[2]
    }

    private func renderTabs(into grid: inout CellGrid, in row: Rect) {
        let labels = tabs.map { tab in
            let active = tab.number == activeTab
            var spans = [Span(" \(tab.number) \(tab.title)", style: active ? .selected.bold() : .plain)]
            if let badge = tab.badge {
                spans.append(Span(" " + badge, style: active ? .selected.bold() : .accent.bold()))
            }
            spans.append(Span(" ", style: active ? .selected.bold() : .plain))
            return spans
        }
        // Tabs that do not fit with a margin and a column between them (seven Korean tabs at
        // 80 columns) close up before any is cut: the padding inside each still parts them.
        let natural = labels.reduce(0) { $0 + $1.displayWidth }
        let roomy = natural + 1 + max(0, tabs.count - 1) <= row.width
        let gap = roomy ? 1 : 0
        var x = row.x + (roomy || natural < row.width ? 1 : 0)
        for (tab, spans) in zip(tabs, labels) {
            let used = grid.put(spans, x: x, y: row.y, maxWidth: row.maxX - x)
            // A click on a tab presses its number, as the hint `1-4` says.
            if tab.number < 10, let digit = String(tab.number).first {
                grid.addHitRegion(Rect(x: x, y: row.y, width: used, height: 1), .key(.character(digit)))
            }
            x += used + gap
        }
    }
}
