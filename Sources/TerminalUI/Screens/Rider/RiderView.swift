import DeliveryDomain
import DeliveryEngine
import Foundation

extension RiderModel {
    func hints(context: ScreenContext) -> [KeyHint] {
        var hints: [KeyHint]
        switch section {
        case .open: hints = [KeyHint(key: "Enter/a", action: "배달 맡기"), KeyHint(key: "↑↓/jk", action: "이동")]
        case .current: hints = [KeyHint(key: "p", action: "픽업"), KeyHint(key: "d", action: "배달 완료"), KeyHint(key: "↑↓/jk", action: "이동")]
        case .past: hints = [KeyHint(key: "↑↓/jk", action: "이동")]
        }
        return [KeyHint(key: "?", action: "도움말")] + hints + [KeyHint(key: "Tab/1-3", action: "탭"), KeyHint(key: "q", action: "종료"),
                                                             KeyHint(key: "S-Tab", action: "이전 탭")]
    }

    var tabs: [SectionTab] {
        [SectionTab(1, RiderSection.open.title, badge: open.isEmpty ? nil : "\(open.items.count)"),
         SectionTab(2, RiderSection.current.title, badge: current.isEmpty ? nil : "\(current.items.count)"),
         SectionTab(3, RiderSection.past.title)]
    }

    func render(into grid: inout CellGrid, context: ScreenContext) -> CursorPosition? {
        let layout = SessionLayout(
            title: "배달 · \(who.name) (\(Role.rider.koreanLabel))", status: TimeText.clock(context.now), tabs: tabs,
            activeTab: section.rawValue, hints: hints(context: context), notice: notice)
        let area = layout.render(into: &grid)
        switch section {
        case .open: renderOpen(into: &grid, in: area, now: context.now)
        case .current: renderCurrent(into: &grid, in: area, now: context.now)
        case .past: renderPast(into: &grid, in: area)
        }
        return nil
    }

    private func readiness(_ job: OrderSummary, now: Date) -> String {
        if job.orderStatus == .cooking, let ready = job.estimatedReadyAt {
            return "\(TimeText.clock(ready)) 완성 예정"
        }
        return job.orderStatus == .deliveryStarted ? "바로 픽업" : job.orderStatus.koreanLabel
    }

    private func renderOpen(into grid: inout CellGrid, in area: Rect, now: Date) {
        let inside = grid.box(area, title: "배차 대기", style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        if open.isEmpty {
            grid.put("맡을 수 있는 배달이 없어요. 가게가 주문을 확인하면 여기에 떠요.", x: inside.x, y: inside.y, style: .muted,
                     maxWidth: inside.width)
            return
        }
        let rows = open.items.map { job in
            TableRow([job.orderId, job.storeName, job.summary, readiness(job, now: now), NumberText.won(job.deliveryFee)])
        }
        let table = Table(
            columns: [TableColumn("주문"), TableColumn("가게"), TableColumn("메뉴", width: .flex(1)), TableColumn("픽업"),
                      TableColumn("배달팁", alignment: .right)],
            rows: rows)
        let listHeight = max(2, inside.height - 3)
        table.render(into: &grid, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: listHeight),
                     selectedRow: open.selectedIndex,
                     firstRow: open.firstVisibleIndex(forRows: table.bodyHeight(forHeight: listHeight)))
        if let job = open.selectedItem {
            let line = inside.row(inside.height - 1)
            grid.put("픽업: \(job.storeName) · \(addresses[job.storeId] ?? "")", x: line.x, y: line.y, style: .muted,
                     maxWidth: line.width)
        }
    }

    private func renderCurrent(into grid: inout CellGrid, in area: Rect, now: Date) {
        let inside = grid.box(area, title: "내 배달", style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        guard let job = current.selectedItem else {
            grid.put("맡은 배달이 없어요. 1 배차 대기에서 Enter로 맡으세요.", x: inside.x, y: inside.y, style: .muted)
            return
        }
        if current.items.count > 1 {
            let rows = current.items.map { TableRow([$0.orderId, $0.storeName, $0.orderStatus.koreanLabel]) }
            Table(columns: [TableColumn("주문"), TableColumn("가게", width: .flex(1)), TableColumn("상태")], rows: rows)
                .render(into: &grid, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: min(4, rows.count + 1)),
                        selectedRow: current.selectedIndex)
        }
        let top = inside.y + (current.items.count > 1 ? min(4, current.items.count + 1) + 1 : 0)
        grid.put("주문 \(job.orderId) · \(job.orderStatus.koreanLabel)", x: inside.x, y: top, style: job.orderStatus.style.bold())
        grid.put("픽업  \(job.storeName) · \(addresses[job.storeId] ?? "")", x: inside.x, y: top + 1, maxWidth: inside.width)
        grid.put("고객  \(job.customerName) · \(job.summary)", x: inside.x, y: top + 2, maxWidth: inside.width)
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
            grid.put("\(ready)가게가 배달을 시작하면 p로 픽업하세요.", x: status.x, y: status.y, style: .muted,
                     maxWidth: status.width)
        case .deliveryStarted, .pickedUp:
            // The journey is timed from the start of delivery (``DeliveryProgress``), as the
            // customer and the store see it; only the key to press differs.
            let next = job.orderStatus == .deliveryStarted ? " 음식을 받으면 p" : " 도착하면 d"
            if let progress = job.deliveryProgress(at: now), let eta = job.estimatedArrivalAt {
                let used = grid.put("\(TimeText.clock(eta)) 도착 예정 ", x: status.x, y: status.y, style: .accent)
                ProgressBar(fraction: progress).render(into: &grid, in: Rect(x: status.x + used, y: status.y, width: 24, height: 1))
                grid.put(next, x: status.x + used + 24, y: status.y,
                         style: job.orderStatus == .deliveryStarted ? .accent.bold() : .muted)
            }
            if job.orderStatus == .deliveryStarted {
                grid.put("음식이 준비됐어요. 가게에서 받으면 p를 누르세요.", x: status.x, y: status.y - 1, style: .accent.bold(),
                         maxWidth: status.width)
            }
        default:
            break
        }
    }

    private func renderPast(into grid: inout CellGrid, in area: Rect) {
        let inside = grid.box(area, title: "지난 배달", style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        if past.isEmpty {
            grid.put("아직 끝낸 배달이 없어요.", x: inside.x, y: inside.y, style: .muted)
            return
        }
        let total = past.items.reduce(0) { $0 + $1.deliveryFee }
        grid.put("\(past.items.count)건 · 배달팁 합계 \(NumberText.won(total))", x: inside.x, y: inside.y, style: .muted)
        let rows = past.items.map { job in
            TableRow([job.deliveredAt.map(TimeText.dayAndClock) ?? "", job.orderId, job.storeName, job.summary,
                      NumberText.won(job.deliveryFee)])
        }
        let table = Table(
            columns: [TableColumn("배달 완료"), TableColumn("주문"), TableColumn("가게"), TableColumn("메뉴", width: .flex(1)),
                      TableColumn("배달팁", alignment: .right)],
            rows: rows)
        let body = inside.inset(top: 2)
        table.render(into: &grid, in: body, selectedRow: past.selectedIndex,
                     firstRow: past.firstVisibleIndex(forRows: table.bodyHeight(forHeight: body.height)))
    }
}
