import DeliveryDomain
import DeliveryEngine
import Foundation

/// Every order of the last three months, newest first, cancelled ones included.
///
/// Keys: ↑/↓ j/k PgUp/PgDn move; Enter or → follows the order; `r` writes a review.
extension CustomerModel {
    mutating func ordersKey(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        if orders.handle(key) { return [] }
        switch key {
        case .enter, .right, .character("l"):
            guard let order = orders.selectedItem else { return [] }
            return track(order.id)
        case .character("r"):
            guard let order = orders.selectedItem else { return [] }
            openReview(order, context)
            return []
        default:
            return nil
        }
    }

    mutating func openReview(_ order: OrderSummary, _ context: ScreenContext) {
        guard order.deliveredAt != nil else {
            notice = .refusal(RuleViolation.notDelivered(status: order.orderStatus).description)
            return
        }
        pages.append(.review(ReviewPage(order: order)))
    }

    func ordersHints() -> [KeyHint] {
        [
            KeyHint(key: "Enter/→/l", action: "주문 보기"), KeyHint(key: "r", action: "리뷰 쓰기"), KeyHint(key: "↑↓/jk", action: "이동"),
            KeyHint(key: "PgUp/PgDn", action: "한 쪽씩"), KeyHint(key: "Home/End", action: "처음/끝"),
        ]
    }

    func renderOrders(into grid: inout CellGrid, in area: Rect, context: ScreenContext) {
        let inside = grid.box(area, title: "주문 내역 · 최근 3개월", style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        let active = orders.items.filter { $0.orderStatus.isActive }.count
        grid.put("\(orders.items.count)건 · 진행 중 \(active)건 · 취소된 주문도 보여요", x: inside.x, y: inside.y, style: .muted)
        let body = inside.inset(top: 2)
        if orders.isEmpty {
            grid.put("아직 주문이 없어요. 1 가게에서 골라 보세요.", x: body.x, y: body.y, style: .muted)
            return
        }
        let rows = orders.items.map { order in
            TableRow(
                [
                    TimeText.dayAndClock(order.placedAt), order.storeName, order.summary, NumberText.won(order.total),
                    statusText(order),
                ],
                style: order.orderStatus.isActive ? order.orderStatus.style : .muted)
        }
        let table = Table(
            columns: [
                TableColumn("주문 시각"), TableColumn("가게"), TableColumn("메뉴", width: .flex(1)),
                TableColumn("금액", alignment: .right), TableColumn("상태"),
            ],
            rows: rows)
        table.render(
            into: &grid, in: body, selectedRow: orders.selectedIndex,
            firstRow: orders.firstVisibleIndex(forRows: table.bodyHeight(forHeight: body.height)))
    }

    /// The status as the list says it: an unpaid order says where its payment stands, and a
    /// queued one that it waits in the store's queue, so neither reads as at the store.
    func statusText(_ order: OrderSummary) -> String {
        switch payment(of: order) {
        case .pending?: return "결제 확인 중"
        case .declined?: return "결제 거절"
        case .notRequested?: return order.orderStatus.koreanLabel
        case nil: return isQueued(order) ? "가게 대기열" : order.orderStatus.koreanLabel
        }
    }
}
