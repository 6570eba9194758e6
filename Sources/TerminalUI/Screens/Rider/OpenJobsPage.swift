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
        let ids = Set(jobs.map(\.orderId.rawValue))
        if let known = knownJobs, let fresh = jobs.last(where: { !known.contains($0.orderId.rawValue) }) {
            context.toast = Toast(words(.newJob(store: fresh.storeName, summary: fresh.summary)), kind: .info, duration: .seconds(5))
        }
        knownJobs = (knownJobs ?? []).union(ids)
    }

    /// The job is the rider's: the session moves to it.
    mutating func accepted(_ id: OrderID) {
        notice = .success(words(.tookJob(order: id.rawValue)))
        section = .current
    }

    func openJobsHints() -> [KeyHint] {
        [
            KeyHint(key: "Enter/a", .takeJob, in: language), KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "/", .filter, in: language),
        ]
    }

    func renderOpenJobs(into grid: inout CellGrid, in area: Rect) {
        let inside = grid.box(area, title: words(.openJobs), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        if open.isEmpty {
            grid.put(
                words(.noOpenJobs), x: inside.x, y: inside.y, style: .muted,
                maxWidth: inside.width)
            return
        }
        let rows = open.items.map { job in
            TableRow([job.orderId.rawValue, job.storeName, job.summary, readiness(job), NumberText.won(job.deliveryFee, in: language)])
        }
        let table = Table(
            columns: [
                TableColumn(words(.orderColumn)), TableColumn(words(.storeColumn)), TableColumn(words(.menuColumn), width: .flex(1)),
                TableColumn(words(.pickUpColumn)), TableColumn(words(.tipColumn), alignment: .right),
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
                words(.pickUpFrom(store: job.storeName, address: addresses[job.storeId.rawValue] ?? "")), x: pickUp.x, y: pickUp.y,
                style: .muted,
                maxWidth: pickUp.width)
            let dropOff = inside.row(inside.height - 1)
            grid.put(
                words(.deliverTo(job.dropOff ?? words(.noAddressYet))), x: dropOff.x, y: dropOff.y, style: .muted,
                maxWidth: dropOff.width)
        }
    }

    /// When the food can be picked up: the cooking estimate, or at once once delivery started.
    private func readiness(_ job: OrderSummary) -> String {
        if job.orderStatus == .cooking, let ready = job.estimatedReadyAt {
            return words(.readyAt(clock: TimeText.clock(ready)))
        }
        return job.orderStatus == .deliveryStarted ? words(.pickUpNow) : job.orderStatus.label(in: language)
    }
}
