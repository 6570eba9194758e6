import DeliveryDomain
import DeliveryEngine
import Foundation

/// Jobs the rider has delivered in the last three months, with the delivery fees they earned.
///
/// Keys: ↑/↓ j/k move.
extension RiderModel {
    mutating func pastJobsKey(_ key: Key) -> [Effect]? {
        past.handle(key) ? [] : nil
    }

    func pastJobsHints() -> [KeyHint] {
        [KeyHint(key: "↑↓/jk", .move, in: language), KeyHint(key: "/", .filter, in: language)]
    }

    func renderPastJobs(into grid: inout CellGrid, in area: Rect, now: Date) {
        let inside = grid.box(area, title: words(.pastJobs), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        if past.isEmpty {
            grid.put(words(.noPastJobs), x: inside.x, y: inside.y, style: .muted)
            return
        }
        // Today is the Korean calendar day, as the owner's sales count it.
        let day = KoreanTime.day(now)
        let today = past.items.filter { $0.deliveredAt.map(KoreanTime.day) == day }
        let summary = RiderText.pastSummary(
            today: today.count, todayTips: NumberText.won(today.reduce(0) { $0 + $1.deliveryFee }, in: language),
            count: past.items.count, tips: NumberText.won(past.items.reduce(0) { $0 + $1.deliveryFee }, in: language))
        grid.put(words(summary), x: inside.x, y: inside.y, style: .muted, maxWidth: inside.width)
        let rows = past.items.map { job in
            TableRow([
                job.deliveredAt.map(TimeText.dayAndClock) ?? "", job.orderId.rawValue, job.storeName, job.summary,
                NumberText.won(job.deliveryFee, in: language),
            ])
        }
        let table = Table(
            columns: [
                TableColumn(words(.deliveredColumn)), TableColumn(words(.orderColumn)), TableColumn(words(.storeColumn)),
                TableColumn(words(.menuColumn), width: .flex(1)), TableColumn(words(.tipColumn), alignment: .right),
            ],
            rows: rows)
        let body = inside.inset(top: 2)
        table.render(
            into: &grid, in: body, selectedRow: past.selectedIndex,
            firstRow: past.firstVisibleIndex(forRows: table.bodyHeight(forHeight: body.height)))
    }
}
