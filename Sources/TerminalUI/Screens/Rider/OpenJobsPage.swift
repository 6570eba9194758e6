import DeliveryDomain
import DeliveryEngine
import Foundation

/// Jobs no rider has taken yet, with when the food will be ready and the delivery fee; below
/// them, where to pick the selected one up. A toast announces each new job on any page.
///
/// Keys: ↑/↓ j/k move; Enter or `a` accepts the job (refused in place when another rider
/// was faster).
extension RiderModel {
    mutating func openJobsKey(_ key: Key) -> [Effect]? {
        if open.handle(key) { return [] }
        switch key {
        case .enter, .character("a"):
            guard let job = open.selectedItem else { return [] }
            return [.send(.acceptJob(job.id, by: actor))]
        default:
            return nil
        }
    }

    /// Takes a fresh read of the open jobs, and announces one that just came in.
    mutating func receiveOpenJobs(_ jobs: [OrderSummary], _ context: inout ScreenContext) {
        open.replaceItems(keepingSelection: jobs)
        let ids = Set(jobs.map(\.orderId))
        if let known = knownJobs, let fresh = jobs.last(where: { !known.contains($0.orderId) }) {
            context.toast = Toast("새 배차 · \(fresh.storeName) · \(fresh.summary)", kind: .info, duration: .seconds(5))
        }
        knownJobs = (knownJobs ?? []).union(ids)
    }

    /// The job is the rider's: the session moves to it.
    mutating func accepted(_ id: OrderID) {
        notice = .success("배달 \(id.rawValue)을(를) 맡았어요. 가게가 배달을 시작하면 p로 픽업하세요.")
        section = .current
    }

    func openJobsHints() -> [KeyHint] {
        [KeyHint(key: "Enter/a", .takeJob, in: language), KeyHint(key: "↑↓/jk", .move, in: language)]
    }

    func renderOpenJobs(into grid: inout CellGrid, in area: Rect) {
        let inside = grid.box(area, title: "배차 대기", style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        if open.isEmpty {
            grid.put(
                "맡을 수 있는 배달이 없어요. 가게가 주문을 확인하면 여기에 떠요.", x: inside.x, y: inside.y, style: .muted,
                maxWidth: inside.width)
            return
        }
        let rows = open.items.map { job in
            TableRow([job.orderId, job.storeName, job.summary, readiness(job), NumberText.won(job.deliveryFee)])
        }
        let table = Table(
            columns: [
                TableColumn("주문"), TableColumn("가게"), TableColumn("메뉴", width: .flex(1)), TableColumn("픽업"),
                TableColumn("배달팁", alignment: .right),
            ],
            rows: rows)
        let listHeight = max(2, inside.height - 4)
        table.render(
            into: &grid, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: listHeight),
            selectedRow: open.selectedIndex,
            firstRow: open.firstVisibleIndex(forRows: table.bodyHeight(forHeight: listHeight)))
        if let job = open.selectedItem {
            // Where to collect and where to go, before the rider takes the job.
            let pickUp = inside.row(inside.height - 2)
            grid.put(
                "픽업: \(job.storeName) · \(addresses[job.storeId] ?? "")", x: pickUp.x, y: pickUp.y, style: .muted,
                maxWidth: pickUp.width)
            let dropOff = inside.row(inside.height - 1)
            grid.put(
                "배달: \(job.dropOff ?? "주소 없음 (주소가 생기기 전의 주문)")", x: dropOff.x, y: dropOff.y, style: .muted,
                maxWidth: dropOff.width)
        }
    }

    /// When the food can be picked up: the cooking estimate, or at once once delivery started.
    private func readiness(_ job: OrderSummary) -> String {
        if job.orderStatus == .cooking, let ready = job.estimatedReadyAt {
            return "\(TimeText.clock(ready)) 완성 예정"
        }
        return job.orderStatus == .deliveryStarted ? "바로 픽업" : job.orderStatus.label(in: language)
    }
}
