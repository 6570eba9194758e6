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
            notice = Notice(words(.removed(item: name, count: cart.itemCount, limit: OrderLimits.maxItems)))
        case .character("x"):
            guard !cart.isEmpty else {
                notice = .refusal(RuleViolation.emptyCart.text(in: language))
                return []
            }
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: words(.emptyCartTitle), lines: [words(.emptyCartQuestion(store: cart.storeName, count: cart.itemCount))],
                    submitLabel: words(.emptyCartButton), language: language),
                purpose: .cart(.empty))
        case .enter:
            if let refusal = checkoutRefusal(at: context.now) {
                notice = .refusal(refusal)
                // A changed price is said once; the cart then holds the new prices, and the
                // next Enter goes to checkout with the total the customer has now seen.
                if case .priceChanged? = placementRefusal(at: context.now), let state = cartStore { cart.requote(at: state) }
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
            notice = .success(words(.cartEmptied))
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
                title: words(.otherStoreTitle),
                lines: [
                    words(.oneStorePerCart),
                    words(.emptyingRemoves(store: cart.storeName, count: cart.itemCount)),
                    words(CustomerText.emptyAndAdd),
                ],
                submitLabel: words(.emptyAndAddButton), language: language),
            purpose: .cart(.switchStore(item, from: state)))
    }

    var selectedCartLine: CartLine? {
        cart.lines.indices.contains(cartSelection) ? cart.lines[cartSelection] : nil
    }

    /// Why the cart cannot be ordered now, in the engine's words; nil when it can. The domain's
    /// ``PlacementRule`` judges, as it does when the order is placed.
    func checkoutRefusal(at now: Date) -> String? {
        switch placementRefusal(at: now) {
        case nil: return nil
        case .soldOut(let name)?: return ScreenText.soldOutInCart(item: name).text(in: language)
        case let refusal?: return refusal.text(in: language)
        }
    }

    /// The rule the cart breaks now, as ``PlacementRule`` would refuse the order.
    func placementRefusal(at now: Date) -> RuleViolation? {
        guard !cart.isEmpty, let state = cartStore, state.profile != nil else { return .emptyCart }
        return PlacementRule.refusal(of: cart.lines, at: state, now: now)
    }

    func cartHints() -> [KeyHint] {
        [
            KeyHint(.enter, .checkout, in: language), KeyHint(key: "+/-", .quantity, in: language),
            KeyHint(key: "d/Del", .takeOut, in: language),
            KeyHint(key: "x", .emptyCart, in: language), KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "Home/End", .firstLast, in: language),
        ]
    }

    func renderCart(into grid: inout CellGrid, in area: Rect, context: ScreenContext) {
        let title = words(.cartTitle(store: cart.isEmpty ? nil : cart.storeName))
        let inside = grid.box(area, title: title, style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        renderCartGauge(into: &grid, in: inside.row(inside.height - 1))
        guard !cart.isEmpty else {
            grid.put(
                words(.cartEmpty), x: inside.x, y: inside.y + 1,
                style: .muted, maxWidth: inside.width)
            return
        }
        let rows = cart.lines.map { line -> TableRow in
            let item = cartStore?.item(line.item)
            // A dish the owner took off the menu keeps its name here, in red, until taken out.
            let removed = cartStore?.removedItems[line.item]
            let price = item?.price ?? .zero
            return TableRow(
                [
                    item?.name ?? removed ?? line.item.rawValue, item?.soldOut == true ? words(.soldOut) : "",
                    "×\(line.quantity)", price.text(in: language), (price * line.quantity).text(in: language),
                ],
                style: item?.soldOut == true || removed != nil ? .danger : nil)
        }
        let table = Table(
            columns: [
                TableColumn(words(.itemColumn), width: .flex(1)), TableColumn("", width: .fixed(4)),
                TableColumn(words(.quantityColumn), alignment: .right), TableColumn(words(.unitPriceColumn), alignment: .right),
                TableColumn(words(CustomerText.amountColumn), alignment: .right),
            ],
            rows: rows)
        let tableHeight = min(rows.count + 1, max(1, inside.height - 7))
        table.render(
            into: &grid, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: tableHeight),
            selectedRow: cartSelection, firstRow: max(0, cartSelection - tableHeight + 2))
        let fee = Won(cartStore?.profile?.deliveryFee.amount ?? 0)
        let totals = Rect(x: inside.x, y: inside.y + tableHeight + 1, width: inside.width, height: 3)
        let labelX = totals.maxX - 24
        for (index, (label, amount)) in [(words(.subtotal), cartSubtotal), (words(.deliveryFee), fee), (words(.total), cartSubtotal + fee)]
            .enumerated()
        {
            let style: Style = index == 2 ? .accent.bold() : .plain
            grid.put(label, x: labelX, y: totals.y + index, style: style)
            grid.put(
                amount.text(in: language), in: Rect(x: labelX + 10, y: totals.y + index, width: 14, height: 1),
                alignment: .right, style: style)
        }
        let minimum = Won(cartStore?.profile?.minimumOrder.amount ?? 0)
        let status = inside.row(inside.height - 2)
        if let refusal = checkoutRefusal(at: context.now) {
            grid.put(words(.cannotOrder(refusal)), x: status.x, y: status.y, style: .warning, maxWidth: status.width)
        } else {
            grid.put(
                words(.minimumReached(minimum.text(in: language))), x: status.x, y: status.y, style: .success,
                maxWidth: status.width)
        }
    }
}
