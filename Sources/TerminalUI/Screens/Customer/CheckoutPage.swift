import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments

/// Checkout: where the order goes and how it is paid.
///
/// - The delivery address: the customer's default is preselected; ←/→ choose another saved
///   one. A customer with none types one here (the addresses page, `A`, keeps them).
/// - The card: a new one (the number masked as it is typed, only the last four show; the expiry;
///   the CVC as stars), with "이 카드를 기억할까요?" (Space); or, ←/→ on the card row, a
///   remembered one, which asks for its CVC only. The CVC is checked and never kept.
///
/// A declined card, or a processor that failed, leaves the order waiting for payment, and the
/// next attempt pays that order instead of placing another. After a failure the card stays
/// typed (it was not refused) and only its CVC is asked again.
///
/// Keys: type; Tab/↓ and S-Tab/↑ move between rows; ←/→ choose on the address and card rows;
/// Space ticks "remember"; Enter moves to the next empty field or pays; Esc goes back to the cart.
struct CheckoutPage: Equatable, Sendable {
    enum Row: Equatable, Sendable { case address, card, number, expiry, cvc, remember }

    /// An empty form, its placeholders worded in `language`.
    init(language: Language = .standard) {
        func words(_ text: CustomerOrderText) -> String { text.text(in: language) }
        number = TextField.cardNumber(placeholder: words(.cardNumberPlaceholder))
        cvc = TextField(placeholder: words(.cvcPlaceholder), maxLength: 4, allowed: .digits, masking: .secret())
        typedAddress = TextField(placeholder: words(.addressPlaceholder), maxLength: FreeText.Field.address.maxLength)
    }

    var number: TextField
    var expiry = TextField(placeholder: "MM/YY", maxLength: 5, allowed: .only(Set("0123456789/")))
    var cvc: TextField
    /// Typed when the customer keeps no address yet.
    var typedAddress: TextField
    /// Which saved address the order goes to (index into the account's addresses); nil until
    /// the account is read, then the default.
    var addressChoice: Int?
    /// 0 a new card; n the n-th remembered card.
    var cardChoice = 0
    /// Keep the new card (its token, brand and last four) for next time.
    var remember = false
    var focus: Row = .number
    /// Placed, but its payment was declined or failed: the next attempt pays this order.
    var pendingOrder: OrderID?
    /// The last attempt on ``pendingOrder`` failed at the processor, not the card: the page
    /// says to pay again, not to take another card.
    var lastAttemptFailed = false
    var error: String?
    var paying = false
    /// Whether the account was read once: the first reading picks the defaults (the newest
    /// card, the first empty field); later ones, live updates, leave the customer's choices.
    var hasReadAccount = false

    /// The rows shown, in order: a remembered card needs only its CVC.
    func rows(rememberedCards: Int) -> [Row] {
        let card: [Row] = rememberedCards > 0 ? [.card] : []
        let address: [Row] = pendingOrder == nil ? [.address] : []
        return address + card + (cardChoice == 0 ? [.number, .expiry, .cvc, .remember] : [.cvc])
    }

    mutating func edit(_ key: Key) {
        switch focus {
        case .number: number.handle(key)
        case .expiry: expiry.handle(key)
        case .cvc: cvc.handle(key)
        case .address: if addressChoice == nil { typedAddress.handle(key) }
        case .card, .remember: break
        }
    }

    /// The month and year of `MM/YY`, `MMYY` or `MM/YYYY`.
    var expiryParts: (month: Int, year: Int)? {
        let digits = expiry.text.filter(\.isNumber)
        guard digits.count == 4 || digits.count == 6, let month = Int(digits.prefix(2)), let year = Int(digits.dropFirst(2))
        else { return nil }
        return (month, year)
    }

    /// Chooses the default address and the newest remembered card once the account is read,
    /// unless the customer already chose.
    mutating func receive(_ account: AccountState) {
        let saved = account.addresses.all
        if let chosen = addressChoice, chosen >= saved.count { addressChoice = nil }
        if addressChoice == nil, !saved.isEmpty {
            addressChoice = saved.firstIndex { $0.address == account.addresses.defaultAddress } ?? 0
        }
        if cardChoice > account.cards.all.count { cardChoice = 0 }
        guard !hasReadAccount else { return }
        hasReadAccount = true
        let untouched = number.text.isEmpty && expiry.text.isEmpty && cvc.text.isEmpty
        guard untouched, focus == .number else { return }
        if !account.cards.all.isEmpty {
            cardChoice = account.cards.all.count  // the newest, remembered last
            focus = .cvc
        }
        // With no saved address the address is the first thing to type: typed into the card
        // number field instead, it was lost (and drawn as masked digits).
        if pendingOrder == nil, saved.isEmpty { focus = .address }
    }
}

extension CustomerModel {
    /// Opens the checkout (for a new order, or to pay `pendingOrder` again) with the account as
    /// last read, and reads it afresh: its addresses and remembered cards.
    mutating func openCheckout(paying pendingOrder: OrderID? = nil, afterFailure: Bool = false) -> [Effect] {
        var page = CheckoutPage(language: language)
        page.pendingOrder = pendingOrder
        page.lastAttemptFailed = afterFailure
        if let account { page.receive(account) }
        pages.append(.checkout(page))
        return [.fetch(.account(actor))]
    }

    mutating func checkoutKey(_ key: Key) -> [Effect]? {
        guard case .checkout(var page) = pages.last else { return nil }
        if page.paying { return [] }
        let addresses = account?.addresses.all ?? []
        let cards = account?.cards.all ?? []
        let rows = page.rows(rememberedCards: cards.count)
        let at = rows.firstIndex(of: page.focus) ?? 0
        var effects: [Effect] = []
        switch key {
        case .escape:
            return nil
        case .tab, .down:
            page.focus = rows[(at + 1) % rows.count]
        case .backTab, .up:
            page.focus = rows[(at + rows.count - 1) % rows.count]
        case .left where page.focus == .address && !addresses.isEmpty, .right where page.focus == .address && !addresses.isEmpty:
            let step = key == .right ? 1 : addresses.count - 1
            page.addressChoice = ((page.addressChoice ?? 0) + step) % addresses.count
        case .left where page.focus == .card, .right where page.focus == .card:
            let step = key == .right ? 1 : cards.count
            page.cardChoice = (page.cardChoice + step) % (cards.count + 1)
            page.cvc.clear()
            page.error = nil
        case .character(" ") where page.focus == .remember:
            page.remember.toggle()
        case .enter:
            effects = checkoutSubmitted(&page, rows: rows, addresses: addresses, cards: cards)
        default:
            page.error = nil
            page.edit(key)
        }
        replaceTop(.checkout(page))
        return effects
    }

    /// Enter on the checkout: the next empty field, or the order (or its payment) sent.
    private func checkoutSubmitted(
        _ page: inout CheckoutPage, rows: [CheckoutPage.Row], addresses: [DeliveryAddress], cards: [CardOnFile]
    ) -> [Effect] {
        let empty: [CheckoutPage.Row: (Bool, String)] = [
            .address: (page.addressChoice == nil && page.typedAddress.isEmpty, words(.enterAddress)),
            .number: (page.number.isEmpty, words(.enterCardNumber)),
            .expiry: (page.expiry.isEmpty, words(.enterExpiry)),
            .cvc: (page.cvc.isEmpty, words(.enterCVC)),
        ]
        if let row = rows.first(where: { empty[$0]?.0 == true }) {
            if row == page.focus { page.error = empty[row]?.1 }
            page.focus = row
            return []
        }
        let payment: CheckoutPayment
        if page.cardChoice > 0, page.cardChoice <= cards.count {
            payment = .remembered(cards[page.cardChoice - 1].description, cvc: CardSecurityCode(page.cvc.text))
        } else if let expiry = page.expiryParts {
            let card = CardDetails(
                number: page.number.text, expiryMonth: expiry.month, expiryYear: expiry.year, cvc: page.cvc.text)
            payment = .card(card, remember: page.remember)
        } else {
            page.focus = .expiry
            page.error = ScreenText.invalidExpiry.text(in: language)
            return []
        }
        if let order = page.pendingOrder {
            page.error = nil
            page.paying = true
            return [.send(.pay(order, payment: payment, by: actor))]
        }
        guard let store = cart.store else {
            page.error = RuleViolation.emptyCart.text(in: language)
            return []
        }
        let address: DeliveryAddress
        if let chosen = page.addressChoice, chosen < addresses.count {
            address = addresses[chosen]
        } else {
            do { address = try DeliveryAddress.validated(page.typedAddress.text, note: nil) } catch {
                page.focus = .address
                page.error = error.text(in: language)
                return []
            }
        }
        page.error = nil
        page.paying = true
        return [.send(.checkout(store: store, lines: cart.lines, payment: payment, deliverTo: address, by: actor))]
    }

    /// The answer to a checkout or a retried payment.
    mutating func checkoutFinished(_ result: Result<ActionOutcome, DeliveryError>, _ context: inout ScreenContext)
        -> [Effect]
    {
        guard case .checkout(var page) = pages.last else { return refreshEffects() }
        page.paying = false
        let storeName = cart.storeName
        // A first order to a typed address keeps it, as the first saved address (the default):
        // the customer typed it once, and would otherwise type it for every order.
        let typed = page.typedAddress.text.trimmingCharacters(in: .whitespaces)
        let keepTyped: [Effect] =
            page.addressChoice == nil && !typed.isEmpty && (account?.addresses.all.isEmpty ?? false)
            ? [.send(.addAddress(typed, note: nil, makeDefault: true, by: actor))] : []
        switch result {
        case .success(.placed(let id, .paid)), .success(.placed(let id, nil)):
            return placed(id, storeName: storeName, paymentPending: false, &context) + keepTyped
        case .success(.placed(let id, .pending)):
            return placed(id, storeName: storeName, paymentPending: true, &context) + keepTyped
        case .success(.payment(.paid)):
            return placed(page.pendingOrder!, storeName: storeName, paymentPending: false, &context)
        case .success(.payment(.pending)):
            return placed(page.pendingOrder!, storeName: storeName, paymentPending: true, &context)
        case .success(.placed(let id, .declined(let reason))):
            // The order exists, waiting for payment, with the cart's items: pay it, don't place it again.
            page.pendingOrder = id
            page.lastAttemptFailed = false
            cart.clear()
            page.error = ScreenText.paymentDeclinedOrderWaiting(reason: reason, order: id.rawValue).text(in: language)
            page.number.clear()
            page.cvc.clear()
            page.cardChoice = 0
            page.focus = .number
        case .success(.payment(.declined(let reason))):
            page.lastAttemptFailed = false
            page.error = ScreenText.paymentDeclined(reason: reason).text(in: language)
            page.number.clear()
            page.cvc.clear()
            page.cardChoice = 0
            page.focus = .number
        case .success(.placed(let id, .processorFailed)):
            // As after a decline, the order waits for payment; but the card was never judged,
            // so it stays chosen and typed, and only the CVC (never kept) is asked again.
            page.pendingOrder = id
            page.lastAttemptFailed = true
            cart.clear()
            page.error = ScreenText.paymentFailedOrderWaiting(order: id.rawValue).text(in: language)
            page.cvc.clear()
            page.focus = .cvc
        case .success(.payment(.processorFailed)):
            page.lastAttemptFailed = true
            page.error = ScreenText.paymentFailed.text(in: language)
            page.cvc.clear()
            page.focus = .cvc
        case .success(.done), .success(.registered):
            break
        case .failure(let error):
            page.error = error.text(in: language)
            // Told now: the cart takes the new prices once the store is read again (below).
            if case .refused(.priceChanged) = error { requotesCart = true }
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
        let store = storeName.isEmpty ? order(id)?.storeName ?? words(.store) : storeName
        context.toast =
            paymentPending
            ? Toast(words(.paymentPending(store: store)), kind: .info, duration: .seconds(4))
            : Toast(words(.paymentDone(store: store)), kind: .success, duration: .seconds(4))
        return refreshEffects()
    }

    func checkoutHints() -> [KeyHint] {
        var back = CustomerOrderText.cart
        if case .checkout(let page) = pages.last, page.pendingOrder != nil, pages.count > 1 { back = .back }
        var hints = [
            KeyHint(.enter, .pay, in: language), KeyHint(key: "Tab/↓", .nextField, in: language),
            KeyHint(key: "S-Tab/↑", .previousField, in: language),
        ]
        if case .checkout(let page) = pages.last {
            if page.focus == .address || page.focus == .card { hints.append(KeyHint(key: "←/→", .choose, in: language)) }
            if page.focus == .remember { hints.append(KeyHint(key: "Space", .remember, in: language)) }
        }
        return hints + [KeyHint(.escape, action: words(back)), KeyHint(key: "C-u", .clearField, in: language)]
    }

    /// "Visa •••• 4242": the brand as customers know it, and the last four.
    static func cardLabel(_ card: CardOnFile) -> String {
        "\((CardBrand(rawValue: card.brand) ?? .unknown).displayName) •••• \(card.last4)"
    }

    func renderCheckout(_ page: CheckoutPage, into grid: inout CellGrid, in area: Rect) -> CursorPosition? {
        let inside = grid.box(area, title: words(.checkoutTitle), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return nil }
        var y = inside.y
        if let pending = page.pendingOrder {
            let waits: CustomerOrderText =
                page.lastAttemptFailed ? .orderWaitsForPaymentAgain(pending.rawValue) : .orderWaitsForPayment(pending.rawValue)
            grid.put(words(waits), x: inside.x, y: y, style: .warning, maxWidth: inside.width)
        } else {
            let items = cart.lines.map { line in
                "\(cartStore?.item(line.item)?.name ?? line.item.rawValue) ×\(line.quantity)"
            }.joined(separator: ", ")
            let fee = Won(cartStore?.profile?.deliveryFee.amount ?? 0)
            grid.put(cart.storeName, x: inside.x, y: y, style: .emphasis)
            grid.put(items, x: inside.x, y: y + 1, maxWidth: inside.width)
            let sum = words(.checkoutSum(food: cartSubtotal.text(in: language), fee: fee.text(in: language)))
            grid.put(sum, x: inside.x, y: y + 2, style: .muted)
            grid.put(
                (cartSubtotal + fee).text(in: language), x: inside.x + sum.displayWidth,
                y: y + 2, style: .accent.bold())
        }
        y += 4
        var cursor: CursorPosition?
        let cards = account?.cards.all ?? []
        let addresses = account?.addresses.all ?? []
        func label(_ text: String, _ row: CheckoutPage.Row) {
            grid.put(text, x: inside.x, y: y, style: page.focus == row ? .accent.bold() : .plain)
        }
        let valueX = inside.x + 12
        let valueWidth = max(0, inside.width - 12)
        for row in page.rows(rememberedCards: cards.count) {
            let focused = row == page.focus && !page.paying
            switch row {
            case .address:
                label(words(CustomerOrderText.addressLabel), row)
                if let chosen = page.addressChoice, chosen < addresses.count {
                    let address = addresses[chosen]
                    let more = addresses.count > 1 ? " (\(chosen + 1)/\(addresses.count))" : ""
                    let marker = address.address == account?.addresses.defaultAddress ? words(.defaultMarker) : ""
                    grid.put("‹ \(address.address) ›\(more)\(marker)", x: valueX, y: y, maxWidth: valueWidth)
                    if let note = address.note {
                        y += 1
                        grid.put(words(.requestNote(note)), x: valueX, y: y, style: .muted, maxWidth: valueWidth)
                    }
                } else {
                    let input = Rect(x: valueX, y: y, width: min(40, valueWidth), height: 1)
                    let caret = page.typedAddress.render(into: &grid, in: input, style: .plain.underlined())
                    if focused { cursor = caret }
                    y += 1
                    grid.put(words(.saveAddressesHint), x: valueX, y: y, style: .muted, maxWidth: valueWidth)
                }
            case .card:
                label(words(.cardLabel), row)
                let chosen = page.cardChoice == 0 ? words(.newCard) : words(.cvcOnly(Self.cardLabel(cards[page.cardChoice - 1])))
                grid.put("‹ \(chosen) ›", x: valueX, y: y, maxWidth: valueWidth)
            case .number, .expiry, .cvc:
                label(words(row == .number ? .cardNumberLabel : row == .expiry ? .expiryLabel : .cvcLabel), row)
                let field = row == .number ? page.number : row == .expiry ? page.expiry : page.cvc
                let input = Rect(x: valueX, y: y, width: min(24, valueWidth), height: 1)
                let caret = field.render(into: &grid, in: input, style: .plain.underlined())
                if focused { cursor = caret }
            case .remember:
                label(words(.rememberLabel), row)
                grid.put(
                    words(.rememberQuestion(page.remember)), x: valueX, y: y,
                    maxWidth: valueWidth)
            }
            y += 2
        }
        if page.paying {
            grid.put(words(.paying), x: inside.x, y: y, style: .info)
        } else if let error = page.error {
            Notice.refusal(error).render(into: &grid, in: Rect(x: inside.x, y: y, width: inside.width, height: 2))
        }
        let test = inside.row(inside.height - 1)
        grid.put(
            words(.testCards),
            x: test.x, y: test.y, style: .muted, maxWidth: test.width)
        return cursor
    }
}
