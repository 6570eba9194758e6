import DeliveryDomain
import DeliveryEngine
import Foundation

/// One store's menu. Sold-out items are listed but cannot be added; every refusal (sold
/// out, an eleventh item, a closed store) is said on the notice line. A dish from a second
/// store asks "장바구니를 비우고 담을까요?" instead.
///
/// Keys: ↑/↓ j/k move; Enter, `a` or `+` adds one to the cart; `-` takes one out; `f`
/// marks the store a favourite; `c` opens the cart; `r` reads the store's reviews
/// (``StoreReviewsPage``); `/` filters the dishes; Esc goes back to the stores.
struct MenuPage: Equatable, Sendable {
    var store: StoreRow
    var state: StoreState?
    var list = SelectionList<MenuItem>()

    init(store: StoreRow) {
        self.store = store
    }

    mutating func update(_ state: StoreState) {
        self.state = state
        list.replaceItems(keepingSelection: state.menu)
    }
}

extension CustomerModel {
    mutating func menuKey(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        guard case .menu(var page) = pages.last else { return nil }
        defer { if case .menu = pages.last { replaceTop(.menu(page)) } }
        if page.list.handle(key) { return [] }
        switch key {
        case .enter, .character("a"), .character("+"), .character("="):
            guard let state = page.state, let item = page.list.selectedItem else { return [] }
            addToCart(item, from: state, at: context.now)
            return []
        case .character("-"):
            guard let item = page.list.selectedItem else { return [] }
            guard cart.lines.contains(where: { $0.item == item.id }) else {
                notice = .refusal(ScreenText.notInCart(item: item.name).text(in: language))
                return []
            }
            cart.remove(item.id, quantity: 1)
            if cart.isEmpty { cartStore = nil }
            notice = Notice(words(.tookOneOut(item: item.name, count: cart.itemCount, limit: OrderLimits.maxItems)))
            return []
        case .character("f"):
            return [.send(.favourite(page.store.id, !page.store.isFavourite, by: actor))]
        case .character("c"):
            return show(.cart)
        case .character("r"):
            return openStoreReviews(of: page.store)
        default:
            return nil
        }
    }

    /// Adds one of `item`, or says in place why not.
    mutating func addToCart(_ item: MenuItem, from state: StoreState, at now: Date) {
        if let refusal = state.refusalToOrder(at: now) {
            notice = .refusal(refusal.text(in: language))
            return
        }
        do {
            try cart.add(item, quantity: 1, from: state)
            cartStore = state
            notice = .success(words(.addedOne(item: item.name, count: cart.itemCount, limit: OrderLimits.maxItems)))
        } catch RuleViolation.secondStore {
            offerStoreSwitch(for: item, from: state)
        } catch {
            notice = .refusal(error.text(in: language))
        }
    }

    func menuHints() -> [KeyHint] {
        [
            KeyHint(key: "Enter/a/+", .addToCart, in: language), KeyHint(key: "-", .takeOut, in: language),
            KeyHint(key: "c", .cart, in: language), KeyHint(key: "r", .readReviews, in: language),
            KeyHint(.escape, .storeList, in: language), KeyHint(key: "f", .favourite, in: language),
            KeyHint(key: "/", .filter, in: language),
            KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "PgUp/PgDn", .pageByPage, in: language), KeyHint(key: "Home/End", .firstLast, in: language),
        ]
    }

    func renderMenu(_ page: MenuPage, into grid: inout CellGrid, in area: Rect, context: ScreenContext) {
        let summary = page.store.summary
        let title = (page.store.isFavourite ? "★ " : "") + summary.name
        let inside = grid.box(area, title: title, style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        let availability = page.state.map { Availability($0, at: context.now) } ?? Availability(summary, at: context.now)
        let hours = page.state?.profile?.hours.description ?? summary.hours
        var x = inside.x
        x += grid.put("\(summary.category) · \(hours) · ", x: x, y: inside.y, style: .muted)
        grid.put(availability.label(in: language), x: x, y: inside.y, style: availability.style.bold())
        let prep = page.state?.currentPrepMinutes ?? summary.currentPrepMinutes
        grid.put(
            words(
                .storeTerms(
                    minimum: NumberText.won(summary.minimumOrder, in: language), fee: NumberText.won(summary.deliveryFee, in: language),
                    rating: Stars.average(summary.averageRating, count: summary.ratingCount), prep: prep)),
            x: inside.x, y: inside.y + 1, style: .muted, maxWidth: inside.width)
        let gauge = inside.row(inside.height - 1)
        renderCartGauge(into: &grid, in: gauge)
        let body = Rect(x: inside.x, y: inside.y + 3, width: inside.width, height: max(0, inside.height - 5))
        guard let state = page.state else {
            grid.put(words(.loadingMenu), x: body.x, y: body.y, style: .muted)
            return
        }
        if state.menu.isEmpty {
            grid.put(words(.noMenuYet), x: body.x, y: body.y, style: .muted)
            return
        }
        let inCart = state.store == cart.store
        let rows = state.menu.map { item -> TableRow in
            let quantity = inCart ? cart.lines.first { $0.item == item.id }?.quantity ?? 0 : 0
            let tag = item.soldOut ? words(.soldOut) : quantity > 0 ? words(.inCart(quantity)) : ""
            return TableRow(
                [item.name, item.description, item.price.text(in: language), tag],
                style: item.soldOut ? .muted : nil)
        }
        let table = Table(
            columns: [
                TableColumn(words(.itemColumn)), TableColumn(words(.descriptionColumn), width: .flex(1)),
                TableColumn(words(.priceColumn), alignment: .right),
                TableColumn("", width: .fixed(language == .korean ? 7 : 9)),
            ],
            rows: rows)
        table.render(
            into: &grid, in: body, selectedRow: page.list.selectedIndex,
            firstRow: page.list.firstVisibleIndex(forRows: table.bodyHeight(forHeight: body.height)))
    }

    /// `장바구니 ██████░░░░ 6/10 · 홍콩반점 · 42,000원`: the ten-item limit, filling up.
    func renderCartGauge(into grid: inout CellGrid, in row: Rect) {
        let count = cart.itemCount
        var x = row.x
        x += grid.put(words(.cartGauge), x: x, y: row.y, style: .emphasis)
        let bar = Rect(x: x, y: row.y, width: 10, height: 1)
        ProgressBar(fraction: Double(count) / Double(OrderLimits.maxItems))
            .render(into: &grid, in: bar, style: count >= OrderLimits.maxItems ? .danger : .accent)
        x += 11
        x += grid.put(
            "\(count)/\(OrderLimits.maxItems)", x: x, y: row.y,
            style: count >= OrderLimits.maxItems ? .danger.bold() : .emphasis)
        if count == 0 {
            grid.put(
                words(.cartEmptyGauge(limit: OrderLimits.maxItems)), x: x, y: row.y, style: .muted,
                maxWidth: row.maxX - x)
        } else {
            let left = OrderLimits.maxItems - count
            let room = words(left == 0 ? .cartFull : .roomFor(left))
            grid.put(
                " · \(cart.storeName) · \(cartSubtotal.text(in: language)) · \(room)", x: x, y: row.y, style: .muted,
                maxWidth: row.maxX - x)
        }
    }

    /// The cart's food total at the prices last read.
    var cartSubtotal: Won {
        cart.lines.reduce(Won.zero) { sum, line in
            sum + (cartStore?.item(line.item)?.price ?? .zero) * line.quantity
        }
    }
}
