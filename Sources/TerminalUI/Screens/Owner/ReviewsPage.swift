import DeliveryDomain
import DeliveryEngine
import Foundation

/// What the reviews page asks in a prompt.
enum ReviewsPrompt: Equatable, Sendable {
    /// Replying to the order's review.
    case reply(OrderID)
}

/// Customers' reviews, newest first, and the owner's replies.
///
/// Keys: ↑/↓ j/k move; Enter reads the review and its reply whole (``TextDetail``); `r`
/// replies (once per review), from the list or from the open review.
extension OwnerModel {
    mutating func reviewsKey(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        if openedReview != nil {
            switch key {
            case .escape, .left, .character("h"):
                openedReview = nil
                return []
            case .character("r"):
                openedReview = nil
                return replyToSelectedReview()
            case .character("["), .character("]"):
                openedReview = nil  // another store's reviews; the switch itself happens after
                return nil
            default:
                let handled = openedReview?.handle(key, in: SessionLayout.pageArea(for: context.size)) ?? false
                return handled ? [] : nil
            }
        }
        if reviews.handle(key) { return [] }
        switch key {
        case .enter, .right, .character("l"):
            guard let order = reviews.selectedItem else { return [] }
            openedReview = Self.reviewDetail(order, in: language)
            return []
        case .character("r"):
            return replyToSelectedReview()
        default:
            return nil
        }
    }

    /// A review as the detail view shows it: the facts, the review, then the reply if any.
    static func reviewDetail(_ order: OrderSummary, in language: Language) -> TextDetail {
        func words(_ text: OwnerMenuText) -> String { text.text(in: language) }
        let reply = order.replyText.map { words(.ownerReplyInDetail) + $0 } ?? "\n\n" + words(.noReplyYet)
        return TextDetail(
            title: words(.reviewTitle(customer: order.customerName)),
            facts: [
                TextDetail.Fact(words(.timeFact), TimeText.dayAndClock(order.reviewedAt ?? order.placedAt)),
                TextDetail.Fact(words(.starsFact), Stars.of(order.reviewRating ?? 0)),
                TextDetail.Fact(words(.orderFact), "\(order.orderId) · \(order.summary)"),
            ],
            text: (order.reviewText ?? "") + reply)
    }

    /// Opens the reply prompt for the selected review, or says it already has its one reply.
    private mutating func replyToSelectedReview() -> [Effect] {
        guard let order = reviews.selectedItem else { return [] }
        guard order.replyText == nil else {
            notice = .refusal(RuleViolation.alreadyReplied.text(in: language))
            return []
        }
        prompt = OpenPrompt(
            prompt: Prompt(
                title: words(.replyTitle(customer: order.customerName)),
                lines: ["\(Stars.of(order.reviewRating ?? 0)) \(order.reviewText ?? "")"],
                fields: [
                    Prompt.Field(
                        words(.replyLabel), TextField(placeholder: words(.replyPlaceholder), maxLength: FreeText.Field.reply.maxLength))
                ],
                submitLabel: words(.postReply), language: language),
            purpose: .reviews(.reply(order.id)))
        return []
    }

    /// Reads a filled reply prompt; the engine judges the text.
    func reviewsAnswer(_ purpose: ReviewsPrompt, _ prompt: Prompt) -> PromptAnswer {
        switch purpose {
        case .reply(let id): .send(.reply(id, text: prompt.text(0), by: actor))
        }
    }

    static func reviewsDone(_ action: Action, in language: Language) -> String? {
        guard case .reply = action else { return nil }
        return OwnerMenuText.replied.text(in: language)
    }

    func reviewsHints() -> [KeyHint] {
        if openedReview != nil { return [KeyHint(key: "r", .reply, in: language)] + TextDetail.hints(in: language) }
        return [
            KeyHint(key: "Enter", .viewAll, in: language), KeyHint(key: "r", .reply, in: language),
            KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "/", .filter, in: language),
        ]
    }

    func renderReviews(into grid: inout CellGrid, in area: Rect) {
        if let openedReview {
            openedReview.render(into: &grid, in: area)
            return
        }
        let inside = grid.box(area, title: words(.reviewsTitle(store: currentStore?.name ?? "")), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        if reviews.isEmpty {
            grid.put(
                words(.noReviews), x: inside.x, y: inside.y, style: .muted,
                maxWidth: inside.width)
            return
        }
        let rows = reviews.items.map { order in
            TableRow(
                [
                    TimeText.dayAndClock(order.reviewedAt ?? order.placedAt), Stars.of(order.reviewRating ?? 0),
                    order.customerName, order.reviewText ?? "", words(order.replyText == nil ? .notReplied : .repliedColumn),
                ],
                style: order.replyText == nil ? nil : .muted)
        }
        let table = Table(
            columns: [
                TableColumn(words(.timeColumn)), TableColumn(words(.starsColumn)), TableColumn(words(OwnerMenuText.customerColumn)),
                TableColumn(words(.reviewColumn), width: .flex(1)), TableColumn(words(.replyColumn)),
            ],
            rows: rows)
        let listHeight = max(2, inside.height - 5)
        table.render(
            into: &grid, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: listHeight),
            selectedRow: reviews.selectedIndex,
            firstRow: reviews.firstVisibleIndex(forRows: table.bodyHeight(forHeight: listHeight)))
        guard let order = reviews.selectedItem else { return }
        let detail = Rect(x: inside.x, y: inside.maxY - 4, width: inside.width, height: 4)
        grid.fill(detail.row(0), with: "─", style: .muted)
        grid.put("\(order.customerName): \(order.reviewText ?? "")", x: detail.x, y: detail.y + 1, maxWidth: detail.width)
        if let reply = order.replyText {
            grid.put(words(.ownerReply(reply)), x: detail.x, y: detail.y + 2, style: .info, maxWidth: detail.width)
        } else {
            grid.put(words(.noReplyYet), x: detail.x, y: detail.y + 2, style: .muted)
        }
    }
}
