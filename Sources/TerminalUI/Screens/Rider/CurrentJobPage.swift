import DeliveryDomain
import DeliveryEngine
import Foundation

/// The job the rider has taken: where to pick it up, who it is for, its steps from the
/// store's confirmation on, and what to do next: wait for the food, pick it up, or hand it
/// over, with the journey's progress bar once delivery started. Several jobs at once are
/// listed above it.
///
/// Keys: ↑/↓ j/k choose a job; `p` picks up, `d` marks delivered (each refused in place
/// when the order is not there yet); `x` gives the job back before pickup, after asking
/// (`ReleaseJobQuestion.swift`).
extension RiderModel {
    mutating func currentJobKey(_ key: Key) -> [Effect]? {
        if current.handle(key) { return [] }
        switch key {
        case .character("p"), .character("d"):
            guard let job = current.selectedItem else {
                notice = .refusal(words(.noJobToPickUp))
                return []
            }
            return [.send(key == .character("p") ? .pickUp(job.id, by: actor) : .markDelivered(job.id, by: actor))]
        case .character("x"):
            return askToReleaseJob()
        default:
            return nil
        }
    }

    mutating func pickedUp(_ id: OrderID) {
        notice = .success(words(.pickedUp(order: id.rawValue)))
    }

    mutating func delivered(_ id: OrderID) {
        notice = .success(words(.delivered(order: id.rawValue)))
    }

    func currentJobHints() -> [KeyHint] {
        [
            KeyHint(key: "p", .pickUp, in: language), KeyHint(key: "d", .delivered, in: language),
            KeyHint(key: "x", .giveJobBack, in: language), KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "/", .filter, in: language),
        ]
    }

    func renderCurrentJob(into grid: inout CellGrid, in area: Rect, now: Date) {
        let inside = grid.box(area, title: words(.currentJob), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        guard let job = current.selectedItem else {
            grid.put(words(.noCurrentJob), x: inside.x, y: inside.y, style: .muted)
            return
        }
        if current.items.count > 1 {
            let rows = current.items.map { TableRow([$0.orderId.rawValue, $0.storeName, $0.orderStatus.label(in: language)]) }
            Table(
                columns: [
                    TableColumn(words(.orderColumn)), TableColumn(words(.storeColumn), width: .flex(1)),
                    TableColumn(words(.statusColumn)),
                ], rows: rows
            )
            .render(
                into: &grid, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: min(4, rows.count + 1)),
                selectedRow: current.selectedIndex)
        }
        let top = inside.y + (current.items.count > 1 ? min(4, current.items.count + 1) + 1 : 0)
        grid.put(
            words(.orderHeading(order: job.orderId.rawValue, status: job.orderStatus.label(in: language))), x: inside.x, y: top,
            style: job.orderStatus.style.bold())
        grid.put(
            words(.pickUpLine(store: job.storeName, address: addresses[job.storeId.rawValue] ?? "")), x: inside.x, y: top + 1,
            maxWidth: inside.width)
        grid.put(words(.customerLine(name: job.customerName, summary: job.summary)), x: inside.x, y: top + 2, maxWidth: inside.width)
        if let dropOff = job.dropOff {
            grid.put(words(.dropOffLine(dropOff)), x: inside.x, y: top + 3, style: .emphasis, maxWidth: inside.width)
        }
        let timeline = OrderTimeline(job, language: language)
        var y = top + 4
        for step in timeline.steps.dropFirst(2) where y < inside.maxY - 2 {
            step.render(into: &grid, x: inside.x, y: y, width: inside.width)
            y += 1
        }
        let status = inside.row(inside.height - 1)
        switch job.orderStatus {
        case .cooking:
            let ready = job.estimatedReadyAt.map { words(.readyAround(clock: TimeText.clock($0))) } ?? ""
            grid.put(
                words(.pickUpWhenDeliveryStarts(ready: ready)), x: status.x, y: status.y, style: .muted,
                maxWidth: status.width)
        case .deliveryStarted, .pickedUp:
            // The journey is timed from the start of delivery (``DeliveryProgress``), as the
            // customer and the store see it; only the key to press differs.
            let next = words(job.orderStatus == .deliveryStarted ? .pressPWhenFoodIsIn : .pressDOnArrival)
            if let progress = job.deliveryProgress(at: now), let eta = job.estimatedArrivalAt {
                let used = grid.put(words(.arrivingAt(clock: TimeText.clock(eta))), x: status.x, y: status.y, style: .accent)
                ProgressBar(fraction: progress).render(into: &grid, in: Rect(x: status.x + used, y: status.y, width: 24, height: 1))
                grid.put(
                    next, x: status.x + used + 24, y: status.y,
                    style: job.orderStatus == .deliveryStarted ? .accent.bold() : .muted)
            }
            if job.orderStatus == .deliveryStarted {
                grid.put(
                    words(.foodIsReady), x: status.x, y: status.y - 1, style: .accent.bold(),
                    maxWidth: status.width)
            }
        default:
            break
        }
    }
}
