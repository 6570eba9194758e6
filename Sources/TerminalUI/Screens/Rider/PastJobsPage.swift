import DeliveryDomain
import DeliveryEngine
import Foundation

/// Jobs the rider has delivered, with the delivery fees they earned.
///
/// Keys: ↑/↓ j/k move.
extension RiderModel {
    mutating func pastJobsKey(_ key: Key) -> [Effect]? {
        past.handle(key) ? [] : nil
    }

    func pastJobsHints() -> [KeyHint] {
        [KeyHint(key: "↑↓/jk", .move, in: language)]
    }

    func renderPastJobs(into grid: inout CellGrid, in area: Rect) {
        let inside = grid.box(area, title: "지난 배달", style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        if past.isEmpty {
            grid.put("아직 끝낸 배달이 없어요.", x: inside.x, y: inside.y, style: .muted)
            return
        }
        let total = past.items.reduce(0) { $0 + $1.deliveryFee }
        grid.put("\(past.items.count)건 · 배달팁 합계 \(NumberText.won(total))", x: inside.x, y: inside.y, style: .muted)
        let rows = past.items.map { job in
            TableRow([
                job.deliveredAt.map(TimeText.dayAndClock) ?? "", job.orderId, job.storeName, job.summary,
                NumberText.won(job.deliveryFee),
            ])
        }
        let table = Table(
            columns: [
                TableColumn("배달 완료"), TableColumn("주문"), TableColumn("가게"), TableColumn("메뉴", width: .flex(1)),
                TableColumn("배달팁", alignment: .right),
            ],
            rows: rows)
        let body = inside.inset(top: 2)
        table.render(
            into: &grid, in: body, selectedRow: past.selectedIndex,
            firstRow: past.firstVisibleIndex(forRows: table.bodyHeight(forHeight: body.height)))
    }
}
