import DeliveryDomain
import DeliveryEngine
import Foundation

/// The job the rider has taken: where to pick it up, who it is for, its steps from the
/// store's confirmation on, and what to do next: wait for the food, pick it up, or hand it
/// over, with the journey's progress bar once delivery started. Several jobs at once are
/// listed above it.
///
/// Keys: ↑/↓ j/k choose a job; `p` picks up, `d` marks delivered (each refused in place
/// when the order is not there yet).
extension RiderModel {
    mutating func currentJobKey(_ key: Key) -> [Effect]? {
        if current.handle(key) { return [] }
        switch key {
        case .character("p"), .character("d"):
            guard let job = current.selectedItem else {
                notice = .refusal("맡은 배달이 없어요. 1 배차 대기에서 Enter로 배달을 맡으세요.")
                return []
            }
            return [.send(key == .character("p") ? .pickUp(job.id, by: actor) : .markDelivered(job.id, by: actor))]
        default:
            return nil
        }
    }

    mutating func pickedUp(_ id: OrderID) {
        notice = .success("\(id.rawValue) 픽업했어요. 도착하면 d를 누르세요.")
    }

    mutating func delivered(_ id: OrderID) {
        notice = .success("\(id.rawValue) 배달 완료! 수고했어요.")
    }

    func currentJobHints() -> [KeyHint] {
        [KeyHint(key: "p", .pickUp, in: language), KeyHint(key: "d", .delivered, in: language), KeyHint(key: "↑↓/jk", .move, in: language)]
    }

    func renderCurrentJob(into grid: inout CellGrid, in area: Rect, now: Date) {
        let inside = grid.box(area, title: "내 배달", style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        guard let job = current.selectedItem else {
            grid.put("맡은 배달이 없어요. 1 배차 대기에서 Enter로 맡으세요.", x: inside.x, y: inside.y, style: .muted)
            return
        }
        if current.items.count > 1 {
            let rows = current.items.map { TableRow([$0.orderId, $0.storeName, $0.orderStatus.label(in: language)]) }
            Table(columns: [TableColumn("주문"), TableColumn("가게", width: .flex(1)), TableColumn("상태")], rows: rows)
                .render(
                    into: &grid, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: min(4, rows.count + 1)),
                    selectedRow: current.selectedIndex)
        }
        let top = inside.y + (current.items.count > 1 ? min(4, current.items.count + 1) + 1 : 0)
        grid.put("주문 \(job.orderId) · \(job.orderStatus.label(in: language))", x: inside.x, y: top, style: job.orderStatus.style.bold())
        grid.put("픽업  \(job.storeName) · \(addresses[job.storeId] ?? "")", x: inside.x, y: top + 1, maxWidth: inside.width)
        grid.put("고객  \(job.customerName) · \(job.summary)", x: inside.x, y: top + 2, maxWidth: inside.width)
        if let dropOff = job.dropOff {
            grid.put("배달  \(dropOff)", x: inside.x, y: top + 3, style: .emphasis, maxWidth: inside.width)
        }
        let timeline = OrderTimeline(job)
        var y = top + 4
        for step in timeline.steps.dropFirst(2) where y < inside.maxY - 2 {
            step.render(into: &grid, x: inside.x, y: y, width: inside.width)
            y += 1
        }
        let status = inside.row(inside.height - 1)
        switch job.orderStatus {
        case .cooking:
            let ready = job.estimatedReadyAt.map { "\(TimeText.clock($0))쯤 완성 예정 · " } ?? ""
            grid.put(
                "\(ready)가게가 배달을 시작하면 p로 픽업하세요.", x: status.x, y: status.y, style: .muted,
                maxWidth: status.width)
        case .deliveryStarted, .pickedUp:
            // The journey is timed from the start of delivery (``DeliveryProgress``), as the
            // customer and the store see it; only the key to press differs.
            let next = job.orderStatus == .deliveryStarted ? " 음식을 받으면 p" : " 도착하면 d"
            if let progress = job.deliveryProgress(at: now), let eta = job.estimatedArrivalAt {
                let used = grid.put("\(TimeText.clock(eta)) 도착 예정 ", x: status.x, y: status.y, style: .accent)
                ProgressBar(fraction: progress).render(into: &grid, in: Rect(x: status.x + used, y: status.y, width: 24, height: 1))
                grid.put(
                    next, x: status.x + used + 24, y: status.y,
                    style: job.orderStatus == .deliveryStarted ? .accent.bold() : .muted)
            }
            if job.orderStatus == .deliveryStarted {
                grid.put(
                    "음식이 준비됐어요. 가게에서 받으면 p를 누르세요.", x: status.x, y: status.y - 1, style: .accent.bold(),
                    maxWidth: status.width)
            }
        default:
            break
        }
    }
}
