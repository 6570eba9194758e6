import DeliveryDomain
import DeliveryEngine
import Foundation

/// The store's finished orders (delivered, cancelled, rejected), newest first: what the owner
/// looks up when a customer phones about an order that is no longer on the other pages.
///
/// Keys: ↑/↓ j/k move, and moving onto the last order read brings the older ones; `/` finds
/// by order, customer, dish or outcome; Enter opens the order whole (``PastOrderDetail``),
/// which ↑/↓ scrolls and Esc closes. The list follows the log: an order that finishes while
/// the page is open appears at the top.
extension OwnerModel {
    mutating func pastOrdersKey(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        if let detail = pastOrders.opened {
            switch key {
            case .escape, .left, .character("h"):
                pastOrders.closeDetail()
                return []
            case .character("["), .character("]"):
                pastOrders.closeDetail()  // another store's orders; the switch itself happens after
                return nil
            default:
                let area = SessionLayout.pageArea(for: context.size)
                let lines = Self.detailLines(detail, width: area.width - 4, in: language).count
                let rows = max(1, area.height - 4)
                return pastOrders.scrollDetail(key, lines: lines, rows: rows) ? [] : nil
            }
        }
        if pastOrders.list.handle(key) {
            guard let cursor = pastOrders.olderPageToAsk(), let store = currentStore?.id else { return [] }
            return [.fetch(.pastOrders(store, actor, after: cursor))]
        }
        switch key {
        case .enter, .right, .character("l"):
            guard let order = pastOrders.list.selectedItem else { return [] }
            pastOrders.ask(order.id)
            return [.fetch(.pastOrder(order.id, actor))]
        default:
            return nil
        }
    }

    func pastOrdersHints() -> [KeyHint] {
        if pastOrders.opened != nil {
            return [
                KeyHint(.escape, .back, in: language), KeyHint(key: "↑↓/jk", .scroll, in: language),
                KeyHint(key: "PgUp/PgDn", .pageByPage, in: language),
            ]
        }
        return [
            KeyHint(key: "Enter", .viewOrder, in: language), KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "/", .filter, in: language),
        ]
    }

    func renderPastOrders(into grid: inout CellGrid, in area: Rect) {
        if let detail = pastOrders.opened {
            renderPastOrder(detail, into: &grid, in: area)
            return
        }
        func words(_ text: PastOrdersText) -> String { text.text(in: language) }
        let inside = grid.box(area, title: words(.title(store: currentStore?.name ?? "")), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        guard pastOrders.isRead(for: currentStore?.id) else {
            grid.put(words(.loading), x: inside.x, y: inside.y, style: .muted)
            return
        }
        if pastOrders.list.allItems.isEmpty {
            grid.put(words(.noneYet), x: inside.x, y: inside.y, style: .muted, maxWidth: inside.width)
            return
        }
        let rows = pastOrders.list.items.map { order in
            TableRow(
                [
                    order.order.rawValue, TimeText.dayAndClock(order.placedAt), order.summary,
                    order.total.text(in: language), order.outcome.label(in: language),
                ],
                style: order.outcome == .delivered ? nil : .muted)
        }
        let table = Table(
            columns: [
                TableColumn(words(.orderColumn)), TableColumn(words(.placedColumn)),
                TableColumn(words(.itemsColumn), width: .flex(1)), TableColumn(words(.totalColumn), alignment: .right),
                TableColumn(words(.outcomeColumn)),
            ],
            rows: rows)
        let listHeight = max(2, inside.height - 2)
        table.render(
            into: &grid, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: listHeight),
            selectedRow: pastOrders.list.selectedIndex,
            firstRow: pastOrders.list.firstVisibleIndex(forRows: table.bodyHeight(forHeight: listHeight)))
        let count = pastOrders.list.allItems.count
        let footer =
            pastOrders.isReadingOlder
            ? words(.loadingOlder) : pastOrders.hasOlder ? words(.shownSoFar(count)) : words(.shownAll(count))
        grid.put(footer, x: inside.x, y: inside.maxY - 1, style: .muted, maxWidth: inside.width)
    }

    private func renderPastOrder(_ detail: PastOrderDetail, into grid: inout CellGrid, in area: Rect) {
        let title = PastOrdersText.detailTitle(order: detail.order.rawValue).text(in: language)
        let inside = grid.box(area, title: title, style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        grid.addHitRegion(area, .blocking)
        var lines = Self.detailLines(detail, width: inside.width, in: language)
        var shown = ScrollIndicator.rowsRect(total: lines.count, in: inside)
        if shown != inside { lines = Self.detailLines(detail, width: shown.width, in: language) }
        shown = ScrollIndicator.rowsRect(total: lines.count, in: inside)
        let first = min(pastOrders.detailLine, max(0, lines.count - shown.height))
        for (offset, line) in lines.dropFirst(first).prefix(shown.height).enumerated() {
            grid.put(line, x: shown.x, y: shown.y + offset, maxWidth: shown.width)
        }
        if shown != inside {
            ScrollIndicator(total: lines.count, first: first, rows: inside.height).render(into: &grid, in: inside)
        }
    }
}
