import DeliveryDomain
import DeliveryEngine
import Foundation

/// The review form. It opens only inside the review window (1 to 24 hours after
/// delivery); outside it the page says when the window opens, or that it has closed.
///
/// Keys: on the stars, ←/→ (h/l) or 1–5 set the rating; Tab/↓ moves to the text and
/// S-Tab/↑ back; Enter sends; Esc goes back.
struct ReviewPage: Equatable, Sendable {
    var order: OrderID
    var rating = 5
    var text: TextField
    /// 0 the stars, 1 the text.
    var focus = 0
    var error: String?
    var sending = false

    init(order: OrderSummary, language: Language = .standard) {
        self.order = order.id
        text = TextField(placeholder: CustomerOrderText.reviewPlaceholder.text(in: language), maxLength: OrderLimits.maxReviewLength)
    }

    var isEditingText: Bool { focus == 1 }
}

extension CustomerModel {
    mutating func reviewKey(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        guard case .review(var page) = pages.last, let order = order(page.order) else { return nil }
        guard order.reviewedAt == nil, order.reviewWindow?.phase(at: context.now) == .open else { return nil }
        if page.sending { return [] }
        var effects: [Effect] = []
        switch key {
        case .escape:
            return nil
        case .tab, .down:
            page.focus = 1
        case .backTab, .up:
            page.focus = 0
        case .enter:
            page.sending = true
            page.error = nil
            effects = [.send(.review(page.order, rating: page.rating, text: page.text.text, by: actor))]
        case .left where page.focus == 0, .character("h") where page.focus == 0:
            page.rating = max(1, page.rating - 1)
        case .right where page.focus == 0, .character("l") where page.focus == 0:
            page.rating = min(5, page.rating + 1)
        case .character(let c) where page.focus == 0 && ("1"..."5").contains(c):
            page.rating = Int(String(c))!
        default:
            if page.focus == 1 {
                page.error = nil
                page.text.handle(key)
            } else {
                replaceTop(.review(page))
                return nil
            }
        }
        replaceTop(.review(page))
        return effects
    }

    mutating func reviewFinished(_ result: Result<ActionOutcome, DeliveryError>, _ context: inout ScreenContext)
        -> [Effect]
    {
        guard case .review(var page) = pages.last else { return refreshEffects() }
        switch result {
        case .success:
            pages.removeLast()
            notice = .success(words(.reviewSent))
        case .failure(let error):
            page.sending = false
            page.error = error.text(in: language)
            replaceTop(.review(page))
        }
        return refreshEffects()
    }

    func reviewHints(context: ScreenContext) -> [KeyHint] {
        guard case .review(let page) = pages.last, let order = order(page.order), order.reviewedAt == nil,
            order.reviewWindow?.phase(at: context.now) == .open
        else { return [KeyHint(.escape, .back, in: language)] }
        return [
            KeyHint(.enter, .send, in: language), KeyHint(key: "←/→ h/l 1-5", .stars, in: language),
            KeyHint(key: "Tab/↓", .reviewField, in: language), KeyHint(key: "S-Tab/↑", .starsField, in: language),
            KeyHint(.escape, .back, in: language),
        ]
    }

    func renderReview(_ page: ReviewPage, into grid: inout CellGrid, in area: Rect, context: ScreenContext)
        -> CursorPosition?
    {
        let inside = grid.box(area, title: words(.reviewTitle), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty, let order = order(page.order) else { return nil }
        grid.put("\(order.storeName) · \(order.summary)", x: inside.x, y: inside.y, style: .emphasis, maxWidth: inside.width)
        if let delivered = order.deliveredAt {
            grid.put(
                words(.deliveredAt(order: order.orderId.rawValue, when: TimeText.dayAndClock(delivered))), x: inside.x, y: inside.y + 1,
                style: .muted)
        }
        let body = inside.inset(top: 3)
        guard let window = order.reviewWindow else {
            grid.put(words(.reviewWindowRule), x: body.x, y: body.y, style: .muted)
            return nil
        }
        if order.reviewedAt != nil {
            grid.put(words(.yourReview(Stars.of(order.reviewRating ?? 0))), x: body.x, y: body.y, style: .accent)
            for (index, line) in (order.reviewText ?? "").wrapped(toWidth: body.width - 2).prefix(4).enumerated() {
                grid.put(line, x: body.x + 2, y: body.y + 1 + index)
            }
            if let reply = order.replyText {
                grid.put(words(.ownerReply), x: body.x, y: body.y + 6, style: .info)
                grid.put(reply, x: body.x + 2, y: body.y + 7, maxWidth: body.width - 2)
            }
            return nil
        }
        switch window.phase(at: context.now) {
        case .notYetOpen(let minutes):
            grid.put(
                words(.reviewOpensAt(clock: TimeText.clock(window.opensAt), span: TimeText.span(minutes: minutes, in: language))),
                x: body.x, y: body.y, style: .warning.bold(), maxWidth: body.width)
            grid.put(
                words(.reviewWindowExplained(closes: TimeText.dayAndClock(window.closesAt))),
                x: body.x, y: body.y + 1, style: .muted, maxWidth: body.width)
            return nil
        case .closed:
            grid.put(
                words(.reviewClosed(closes: TimeText.dayAndClock(window.closesAt))),
                x: body.x, y: body.y, style: .danger.bold(), maxWidth: body.width)
            grid.put(
                RuleViolation.reviewWindowClosed.text(in: language), x: body.x, y: body.y + 1, style: .muted,
                maxWidth: body.width)
            return nil
        case .open:
            break
        }
        grid.put(words(.starsLabel), x: body.x, y: body.y, style: page.focus == 0 ? .accent.bold() : .plain)
        grid.put(
            Stars.of(page.rating) + "  \(page.rating)/5", x: body.x + 8, y: body.y,
            style: page.focus == 0 ? .accent.bold() : .accent)
        grid.put(words(.reviewLabel), x: body.x, y: body.y + 2, style: page.focus == 1 ? .accent.bold() : .plain)
        let field = Rect(x: body.x + 8, y: body.y + 2, width: body.width - 8, height: 1)
        let caret = page.text.render(into: &grid, in: field, style: .plain.underlined())
        grid.put(
            words(
                .writableUntil(
                    closes: TimeText.dayAndClock(window.closesAt), count: page.text.text.count, limit: OrderLimits.maxReviewLength)),
            x: body.x, y: body.y + 4, style: .muted, maxWidth: body.width)
        if page.sending {
            grid.put(words(.sending), x: body.x, y: body.y + 6, style: .info)
        } else if let error = page.error {
            Notice.refusal(error).render(into: &grid, in: Rect(x: body.x, y: body.y + 6, width: body.width, height: 2))
        }
        return page.focus == 1 && !page.sending ? caret : nil
    }
}
