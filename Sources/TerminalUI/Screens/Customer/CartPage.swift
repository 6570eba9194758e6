import DeliveryDomain
import DeliveryEngine
import Foundation

/// What the cart asks in a prompt.
enum CartPrompt: Equatable, Sendable {
    /// Taking every item out.
    case empty
    /// Emptying the cart of another store's items to add this dish: the one-store rule
    /// refused it, and the customer may want the other store instead.
    case switchStore(MenuItem, from: StoreState)
    /// Emptying the cart to fill it again with a past order's items.
    case reorder([OrderLine], from: StoreState)
}

/// The cart: one store's items, the totals, how far the minimum order is, and the
/// ten-item gauge. Checkout is refused in place while a rule would refuse the order.
///
/// Keys: ↑/↓ j/k choose a line; `+` adds one, `-` takes one out, `d`/Del removes the
/// line; `x` empties the cart (after asking); Enter goes to checkout.
extension CustomerModel {
    mutating func cartKey(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        let lines = cart.lines
        switch key {
        case .down, .character("j"):
            cartSelection = min(cartSelection + 1, max(0, lines.count - 1))
        case .up, .character("k"):
            cartSelection = max(0, cartSelection - 1)
        case .home:
            cartSelection = 0
        case .end:
            cartSelection = max(0, lines.count - 1)
        case .character("+"), .character("="):
            guard let line = selectedCartLine, let state = cartStore, let item = state.item(line.item) else {
                notice = .refusal(RuleViolation.emptyCart.text(in: language))
                return []
            }
            addToCart(item, from: state, at: context.now)
        case .character("-"), .character("d"), .delete:
            guard let line = selectedCartLine else {
                notice = .refusal(RuleViolation.emptyCart.text(in: language))
                return []
            }
            let name = cartStore?.item(line.item)?.name ?? line.item.rawValue
            cart.remove(line.item, quantity: key == .character("-") ? 1 : .max)
            if cart.isEmpty { cartStore = nil }
            cartSelection = min(cartSelection, max(0, cart.lines.count - 1))
            notice = Notice("\(name)을(를) 뺐어요 · 장바구니 \(cart.itemCount)/\(OrderLimits.maxItems)")
        case .character("x"):
            guard !cart.isEmpty else {
                notice = .refusal(RuleViolation.emptyCart.text(in: language))
                return []
            }
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: "장바구니 비우기", lines: ["\(cart.storeName)의 \(cart.itemCount)개를 모두 뺄까요?"],
                    submitLabel: "비우기", language: language),
                purpose: .cart(.empty))
        case .enter:
            if let refusal = checkoutRefusal(at: context.now) {
                notice = .refusal(refusal)
                return []
            }
            return openCheckout()
        default:
            return nil
        }
        return []
    }

    /// Acts on a prompt the cart opened, once the customer said yes.
    mutating func cartSubmitted(_ purpose: CartPrompt, at now: Date) -> [Effect] {
        switch purpose {
        case .empty:
            emptyCart()
            notice = .success("장바구니를 비웠어요.")
        case .switchStore(let item, let state):
            emptyCart()
            addToCart(item, from: state, at: now)
        case .reorder(let lines, let state):
            fillCart(with: lines, from: state)
        }
        return []
    }

    mutating func emptyCart() {
        cart.clear()
        cartStore = nil
        cartSelection = 0
    }

    /// Asks before a dish from another store replaces the cart's items: the one-store rule
    /// said no, but "then empty it" is what the customer usually wants.
    mutating func offerStoreSwitch(for item: MenuItem, from state: StoreState) {
        prompt = OpenPrompt(
            prompt: Prompt(
                title: "다른 가게의 메뉴예요",
                lines: [
                    "장바구니에는 한 가게의 메뉴만 담을 수 있어요.",
                    "비우면 \(cart.storeName)의 메뉴 \(cart.itemCount)개가 빠져요.",
                    "장바구니를 비우고 담을까요?",
                ],
                submitLabel: "비우고 담기", language: language),
            purpose: .cart(.switchStore(item, from: state)))
    }

    var selectedCartLine: CartLine? {
        cart.lines.indices.contains(cartSelection) ? cart.lines[cartSelection] : nil
    }

    /// Why the cart cannot be ordered now, in the engine's words; nil when it can. The domain's
    /// ``PlacementRule`` judges, as it does when the order is placed.
    func checkoutRefusal(at now: Date) -> String? {
        guard !cart.isEmpty, let state = cartStore, state.profile != nil else {
            return RuleViolation.emptyCart.text(in: language)
        }
        switch PlacementRule.refusal(of: cart.lines, at: state, now: now) {
        case nil: return nil
        case .soldOut(let name)?: return ScreenText.soldOutInCart(item: name).text(in: language)
        case let refusal?: return refusal.text(in: language)
        }
    }

    func cartHints() -> [KeyHint] {
        [
            KeyHint(.enter, .checkout, in: language), KeyHint(key: "+/-", .quantity, in: language), KeyHint(key: "d/Del", .takeOut, in: language),
            KeyHint(key: "x", .emptyCart, in: language), KeyHint(key: "↑↓/jk", .move, in: language), KeyHint(key: "Home/End", .firstLast, in: language),
        ]
    }

    func renderCart(into grid: inout CellGrid, in area: Rect, context: ScreenContext) {
        let title = cart.isEmpty ? "장바구니" : "장바구니 · \(cart.storeName)"
        let inside = grid.box(area, title: title, style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        renderCartGauge(into: &grid, in: inside.row(inside.height - 1))
        guard !cart.isEmpty else {
            grid.put(
                "장바구니가 비어 있어요. 1 가게에서 메뉴를 골라 Enter로 담으세요.", x: inside.x, y: inside.y + 1,
                style: .muted, maxWidth: inside.width)
            return
        }
        let rows = cart.lines.map { line -> TableRow in
            let item = cartStore?.item(line.item)
            let price = item?.price ?? .zero
            return TableRow(
                [
                    item?.name ?? line.item.rawValue, item?.soldOut == true ? "품절" : "", "×\(line.quantity)",
                    price.description, (price * line.quantity).description,
                ],
                style: item?.soldOut == true ? .danger : nil)
        }
        let table = Table(
            columns: [
                TableColumn("메뉴", width: .flex(1)), TableColumn("", width: .fixed(4)),
                TableColumn("수량", alignment: .right), TableColumn("단가", alignment: .right),
                TableColumn("금액", alignment: .right),
            ],
            rows: rows)
        let tableHeight = min(rows.count + 1, max(1, inside.height - 7))
        table.render(
            into: &grid, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: tableHeight),
            selectedRow: cartSelection, firstRow: max(0, cartSelection - tableHeight + 2))
        let fee = Won(cartStore?.profile?.deliveryFee.amount ?? 0)
        let totals = Rect(x: inside.x, y: inside.y + tableHeight + 1, width: inside.width, height: 3)
        let labelX = totals.maxX - 24
        for (index, (label, amount)) in [("음식 합계", cartSubtotal), ("배달팁", fee), ("결제 금액", cartSubtotal + fee)].enumerated() {
            let style: Style = index == 2 ? .accent.bold() : .plain
            grid.put(label, x: labelX, y: totals.y + index, style: style)
            grid.put(
                amount.description, in: Rect(x: labelX + 10, y: totals.y + index, width: 14, height: 1),
                alignment: .right, style: style)
        }
        let minimum = Won(cartStore?.profile?.minimumOrder.amount ?? 0)
        let status = inside.row(inside.height - 2)
        if let refusal = checkoutRefusal(at: context.now) {
            grid.put("주문 불가: " + refusal, x: status.x, y: status.y, style: .warning, maxWidth: status.width)
        } else {
            grid.put(
                "✓ 최소 주문 \(minimum) 이상 · Enter로 결제해요", x: status.x, y: status.y, style: .success,
                maxWidth: status.width)
        }
    }
}
