import DeliveryDomain
import DeliveryEngine
import Foundation

/// A past order on its way back into the cart: its items and its store's menu now are read
/// first, so dishes gone from the menu or sold out can be left out and named.
struct PendingReorder: Equatable, Sendable {
    let order: OrderID
    let store: StoreID
    var lines: [OrderLine]?
    var state: StoreState?
}

/// Every order of the last three months, newest first, cancelled ones included.
///
/// Keys: ↑/↓ j/k PgUp/PgDn move; Enter or → follows the order; `r` writes a review; `o`
/// orders it again (its items go back into the cart); `/` filters the list.
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
        case .character("o"):
            guard let order = orders.selectedItem else { return [] }
            reorder = PendingReorder(order: order.id, store: StoreID(order.storeId))
            notice = Notice("\(order.storeName)의 지난 주문을 장바구니에 담는 중…")
            return [.fetch(.orderState(order.id, actor)), .fetch(.store(StoreID(order.storeId)))]
        default:
            return nil
        }
    }

    mutating func openReview(_ order: OrderSummary, _ context: ScreenContext) {
        guard order.deliveredAt != nil else {
            notice = .refusal(RuleViolation.notDelivered(status: order.orderStatus).text(in: language))
            return
        }
        pages.append(.review(ReviewPage(order: order)))
    }

    /// Puts the past order's items in the cart once both its lines and its store have been
    /// read; asks first when the cart already holds something.
    mutating func finishReorder() {
        guard let pending = reorder, let lines = pending.lines, let state = pending.state else { return }
        reorder = nil
        guard !cart.isEmpty else {
            fillCart(with: lines, from: state)
            return
        }
        prompt = OpenPrompt(
            prompt: Prompt(
                title: "다시 주문하기",
                lines: [
                    "장바구니에 \(cart.storeName)의 \(cart.itemCount)개가 있어요.",
                    "장바구니를 비우고 \(state.name)의 지난 주문을 담을까요?",
                ],
                submitLabel: "비우고 담기", language: language),
            purpose: .cart(.reorder(lines, from: state)))
    }

    /// Replaces the cart with a past order's items at today's menu, leaving out what is no
    /// longer on it or sold out (and saying which), then shows the cart.
    mutating func fillCart(with lines: [OrderLine], from state: StoreState) {
        emptyCart()
        var left: [String] = []
        for line in lines {
            guard let item = state.item(line.item) else {
                left.append("\(line.name)(메뉴에 없음)")
                continue
            }
            guard !item.soldOut else {
                left.append("\(item.name)(품절)")
                continue
            }
            let quantity = min(line.quantity, OrderLimits.maxItems - cart.itemCount)
            guard quantity > 0, (try? cart.add(item, quantity: quantity, from: state)) != nil else {
                left.append("\(item.name)(\(OrderLimits.maxItems)개 초과)")
                continue
            }
        }
        section = .cart
        pages = []
        guard !cart.isEmpty else {
            notice = .refusal("지난 주문의 메뉴를 지금은 담을 수 없어요: " + left.joined(separator: ", "))
            return
        }
        cartStore = state
        let skipped = left.isEmpty ? "" : " · 빠진 메뉴: " + left.joined(separator: ", ")
        notice = .success("지난 주문을 다시 담았어요 · 장바구니 \(cart.itemCount)/\(OrderLimits.maxItems)" + skipped)
    }

    func ordersHints() -> [KeyHint] {
        [
            KeyHint(key: "Enter/→/l", .viewOrder, in: language), KeyHint(key: "o", .reorder, in: language), KeyHint(key: "r", .writeReview, in: language),
            KeyHint(key: "/", .filter, in: language), KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "PgUp/PgDn", .pageByPage, in: language), KeyHint(key: "Home/End", .firstLast, in: language),
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
        case .notRequested?: return order.orderStatus.label(in: language)
        case nil: return isQueued(order) ? "가게 대기열" : order.orderStatus.label(in: language)
        }
    }
}
