import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments

/// Card entry: the number masked as it is typed (only the last four digits show), the
/// expiry and the CVC (stars). A declined card leaves the order waiting for payment, and
/// the next attempt pays that order instead of placing another.
///
/// Keys: type digits; Tab/↓ and S-Tab/↑ move between fields; Enter moves to the next
/// empty field or pays; Esc goes back to the cart.
struct CheckoutPage: Equatable, Sendable {
    var number = TextField.cardNumber(placeholder: "카드 번호 (숫자만)")
    var expiry = TextField(placeholder: "MM/YY", maxLength: 5, allowed: .only(Set("0123456789/")))
    var cvc = TextField(placeholder: "3자리 (Amex 4자리)", maxLength: 4, allowed: .digits, masking: .secret())
    /// 0 number, 1 expiry, 2 CVC.
    var focus = 0
    /// Placed, but its payment was declined: the next attempt pays this order.
    var pendingOrder: OrderID?
    var error: String?
    var paying = false

    mutating func edit(_ key: Key) {
        switch focus {
        case 0: number.handle(key)
        case 1: expiry.handle(key)
        default: cvc.handle(key)
        }
    }

    var fields: [TextField] { [number, expiry, cvc] }

    /// The month and year of `MM/YY`, `MMYY` or `MM/YYYY`.
    var expiryParts: (month: Int, year: Int)? {
        let digits = expiry.text.filter(\.isNumber)
        guard digits.count == 4 || digits.count == 6, let month = Int(digits.prefix(2)), let year = Int(digits.dropFirst(2))
        else { return nil }
        return (month, year)
    }
}

extension CustomerModel {
    mutating func checkoutKey(_ key: Key) -> [Effect]? {
        guard case .checkout(var page) = pages.last else { return nil }
        if page.paying { return [] }
        var effects: [Effect] = []
        switch key {
        case .escape:
            return nil
        case .tab, .down:
            page.focus = (page.focus + 1) % 3
        case .backTab, .up:
            page.focus = (page.focus + 2) % 3
        case .enter:
            if let empty = page.fields.firstIndex(where: \.isEmpty) {
                if empty == page.focus {
                    page.error = ["카드 번호를 입력하세요.", "유효기간을 MM/YY로 입력하세요.", "CVC를 입력하세요."][empty]
                }
                page.focus = empty
            } else if let expiry = page.expiryParts {
                let card = CardDetails(
                    number: page.number.text, expiryMonth: expiry.month, expiryYear: expiry.year,
                    cvc: page.cvc.text)
                page.error = nil
                page.paying = true
                if let order = page.pendingOrder {
                    effects = [.send(.pay(order, card: card, by: actor))]
                } else if let store = cart.store {
                    effects = [.send(.checkout(store: store, lines: cart.lines, card: card, by: actor))]
                } else {
                    page.paying = false
                    page.error = RuleViolation.emptyCart.description
                }
            } else {
                page.focus = 1
                page.error = ScreenText.invalidExpiry.text(in: .standard)
            }
        default:
            page.error = nil
            page.edit(key)
        }
        replaceTop(.checkout(page))
        return effects
    }

    /// The answer to a checkout or a retried payment.
    mutating func checkoutFinished(_ result: Result<ActionOutcome, DeliveryError>, _ context: inout ScreenContext)
        -> [Effect]
    {
        guard case .checkout(var page) = pages.last else { return refreshEffects() }
        page.paying = false
        let storeName = cart.storeName
        switch result {
        case .success(.placed(let id, .paid)), .success(.placed(let id, nil)):
            return placed(id, storeName: storeName, paymentPending: false, &context)
        case .success(.placed(let id, .pending)):
            return placed(id, storeName: storeName, paymentPending: true, &context)
        case .success(.payment(.paid)):
            return placed(page.pendingOrder!, storeName: storeName, paymentPending: false, &context)
        case .success(.payment(.pending)):
            return placed(page.pendingOrder!, storeName: storeName, paymentPending: true, &context)
        case .success(.placed(let id, .declined(let reason))):
            // The order exists, waiting for payment, with the cart's items: pay it, don't place it again.
            page.pendingOrder = id
            cart.clear()
            page.error = ScreenText.paymentDeclinedOrderWaiting(reason: reason, order: id.rawValue).text(in: .standard)
            page.number.clear()
            page.cvc.clear()
            page.focus = 0
        case .success(.payment(.declined(let reason))):
            page.error = ScreenText.paymentDeclined(reason: reason).text(in: .standard)
            page.number.clear()
            page.cvc.clear()
            page.focus = 0
        case .success(.done), .success(.registered):
            break
        case .failure(let error):
            page.error = error.description
        }
        replaceTop(.checkout(page))
        return refreshEffects()
    }

    /// Moves to the order's tracking page. A payment left to the payment worker (the gateway
    /// slow or down) is not yet paid, and the toast must not say the store has it.
    private mutating func placed(
        _ id: OrderID, storeName: String, paymentPending: Bool,
        _ context: inout ScreenContext
    ) -> [Effect] {
        cart.clear()
        cartStore = nil
        cartSelection = 0
        section = .orders
        pages = [.tracking(id)]
        if tracking?.order != id { tracking = nil }
        let store = storeName.isEmpty ? order(id)?.storeName ?? "가게" : storeName
        context.toast =
            paymentPending
            ? Toast("결제 확인 중 · 결제가 끝나면 \(store)에 전달돼요", kind: .info, duration: .seconds(4))
            : Toast("결제 완료 · 주문이 \(store)에 전달됐어요", kind: .success, duration: .seconds(4))
        return refreshEffects()
    }

    func checkoutHints() -> [KeyHint] {
        var back = "장바구니"
        if case .checkout(let page) = pages.last, page.pendingOrder != nil, pages.count > 1 { back = "뒤로" }
        return [
            KeyHint(.enter, action: "결제"), KeyHint(key: "Tab/↓", action: "다음 칸"), KeyHint(key: "S-Tab/↑", action: "이전 칸"),
            KeyHint(.escape, action: back), KeyHint(key: "C-u", action: "칸 지우기"),
        ]
    }

    func renderCheckout(_ page: CheckoutPage, into grid: inout CellGrid, in area: Rect) -> CursorPosition? {
        let inside = grid.box(area, title: "결제 · 신용카드", style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return nil }
        var y = inside.y
        if let pending = page.pendingOrder {
            grid.put(
                "주문 \(pending.rawValue)이(가) 결제를 기다려요. 다른 카드로 결제하세요.", x: inside.x, y: y,
                style: .warning, maxWidth: inside.width)
        } else {
            let items = cart.lines.map { line in
                "\(cartStore?.item(line.item)?.name ?? line.item.rawValue) ×\(line.quantity)"
            }.joined(separator: ", ")
            let fee = Won(cartStore?.profile?.deliveryFee.amount ?? 0)
            grid.put(cart.storeName, x: inside.x, y: y, style: .emphasis)
            grid.put(items, x: inside.x, y: y + 1, maxWidth: inside.width)
            grid.put("음식 \(cartSubtotal) + 배달팁 \(fee) = ", x: inside.x, y: y + 2, style: .muted)
            grid.put(
                (cartSubtotal + fee).description, x: inside.x + "음식 \(cartSubtotal) + 배달팁 \(fee) = ".displayWidth,
                y: y + 2, style: .accent.bold())
        }
        y += 4
        let labels = ["카드 번호", "유효기간", "CVC"]
        var cursor: CursorPosition?
        for (index, field) in page.fields.enumerated() {
            let focused = index == page.focus
            grid.put(labels[index], x: inside.x, y: y, style: focused ? .accent.bold() : .plain)
            let input = Rect(x: inside.x + 12, y: y, width: min(24, inside.width - 12), height: 1)
            let caret = field.render(into: &grid, in: input, style: .plain.underlined())
            if focused && !page.paying { cursor = caret }
            y += 2
        }
        if page.paying {
            grid.put("결제하는 중…", x: inside.x, y: y, style: .info)
        } else if let error = page.error {
            Notice.refusal(error).render(into: &grid, in: Rect(x: inside.x, y: y, width: inside.width, height: 2))
        }
        let test = inside.row(inside.height - 1)
        grid.put(
            "테스트 카드: 4242 4242 4242 4242 승인 · 4000 0000 0000 0002 거절 · 유효기간은 미래, CVC 아무 3자리",
            x: test.x, y: test.y, style: .muted, maxWidth: test.width)
        return cursor
    }
}
