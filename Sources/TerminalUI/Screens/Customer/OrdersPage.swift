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
            reorder = PendingReorder(order: order.id, store: order.storeId)
            notice = Notice(words(.puttingBack(store: order.storeName)))
            return [.fetch(.orderState(order.id, actor)), .fetch(.store(order.storeId))]
        default:
            return nil
        }
    }

    mutating func openReview(_ order: OrderSummary, _ context: ScreenContext) {
        guard order.deliveredAt != nil else {
            notice = .refusal(RuleViolation.notDelivered(status: order.orderStatus).text(in: language))
            return
        }
        pages.append(.review(ReviewPage(order: order, language: language)))
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
                title: words(.reorderTitle),
                lines: [
                    words(.cartHolds(store: cart.storeName, count: cart.itemCount)),
                    words(.emptyAndPutBack(store: state.name)),
                ],
                submitLabel: words(CustomerOrderText.emptyAndAdd), language: language),
            purpose: .cart(.reorder(lines, from: state)))
    }

    /// Replaces the cart with a past order's items at today's menu, leaving out what is no
    /// longer on it or sold out (and saying which), then shows the cart.
    mutating func fillCart(with lines: [OrderLine], from state: StoreState) {
        emptyCart()
        let restore = CartRestore(reordering: lines, at: state)
        cart = restore.cart
        let left = restore.dropped.map { dropped -> String in
            switch dropped.reason {
            case .removedFromMenu, .storeGone: words(.notOnMenu(dropped.name))
            case .soldOut: words(CustomerOrderText.soldOut(dropped.name))
            case .overLimit: words(.overLimit(item: dropped.name, limit: OrderLimits.maxItems))
            }
        }
        section = .cart
        pages = []
        guard !cart.isEmpty else {
            notice = .refusal(words(.cannotPutBack(left.joined(separator: ", "))))
            return
        }
        cartStore = state
        let skipped = left.isEmpty ? "" : words(.skipped(left.joined(separator: ", ")))
        notice = .success(words(.putBack(count: cart.itemCount, limit: OrderLimits.maxItems)) + skipped)
    }

    func ordersHints() -> [KeyHint] {
        [
            KeyHint(key: "Enter/→/l", .viewOrder, in: language), KeyHint(key: "o", .reorder, in: language),
            KeyHint(key: "r", .writeReview, in: language),
            KeyHint(key: "/", .filter, in: language), KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "PgUp/PgDn", .pageByPage, in: language), KeyHint(key: "Home/End", .firstLast, in: language),
        ]
    }

    func renderOrders(into grid: inout CellGrid, in area: Rect, context: ScreenContext) {
        let inside = grid.box(area, title: words(.ordersTitle), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        let active = orders.items.filter { $0.orderStatus.isActive }.count
        grid.put(words(.ordersSummary(count: orders.items.count, active: active)), x: inside.x, y: inside.y, style: .muted)
        let body = inside.inset(top: 2)
        if orders.isEmpty {
            grid.put(words(.noOrders), x: body.x, y: body.y, style: .muted)
            return
        }
        let rows = orders.items.map { order in
            TableRow(
                [
                    TimeText.dayAndClock(order.placedAt), order.storeName, order.summary, NumberText.won(order.total, in: language),
                    statusText(order),
                ],
                style: order.orderStatus.isActive ? order.orderStatus.style : .muted)
        }
        let table = Table(
            columns: [
                TableColumn(words(.placedColumn)), TableColumn(words(CustomerOrderText.storeColumn)),
                TableColumn(words(.itemsColumn), width: .flex(1)), TableColumn(words(CustomerOrderText.amountColumn), alignment: .right),
                TableColumn(words(CustomerOrderText.statusColumn)),
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
        case .pending?: return words(.paymentChecking)
        case .declined?: return words(CustomerOrderText.paymentDeclined)
        case .processorFailed?: return words(CustomerOrderText.paymentFailed)
        case .notRequested?: return order.orderStatus.label(in: language)
        case nil: return isQueued(order) ? words(.storeQueue) : order.orderStatus.label(in: language)
        }
    }
}
