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
/// Keys: ↑/↓ j/k move; Enter or `r` replies (once per review).
extension OwnerModel {
    mutating func reviewsKey(_ key: Key) -> [Effect]? {
        if reviews.handle(key) { return [] }
        switch key {
        case .enter, .character("r"):
            guard let order = reviews.selectedItem else { return [] }
            guard order.replyText == nil else {
                notice = .refusal(RuleViolation.alreadyReplied.description)
                return []
            }
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: "답글 · \(order.customerName)",
                    lines: ["\(Stars.of(order.reviewRating ?? 0)) \(order.reviewText ?? "")"],
                    fields: [Prompt.Field("답글", TextField(placeholder: "고마운 마음을 전해 보세요", maxLength: 500))],
                    submitLabel: "답글 달기"),
                purpose: .reviews(.reply(order.id)))
            return []
        default:
            return nil
        }
    }

    /// Reads a filled reply prompt; the engine judges the text.
    func reviewsAnswer(_ purpose: ReviewsPrompt, _ prompt: Prompt) -> PromptAnswer {
        switch purpose {
        case .reply(let id): .send(.reply(id, text: prompt.text(0), by: actor))
        }
    }

    static func reviewsDone(_ action: Action) -> String? {
        guard case .reply = action else { return nil }
        return "답글을 달았어요."
    }

    func reviewsHints() -> [KeyHint] {
        [KeyHint(key: "Enter/r", action: "답글"), KeyHint(key: "↑↓/jk", action: "이동")]
    }

    func renderReviews(into grid: inout CellGrid, in area: Rect) {
        let inside = grid.box(area, title: "리뷰 · \(currentStore?.name ?? "")", style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        if reviews.isEmpty {
            grid.put(
                "아직 리뷰가 없어요. 배달 1시간 뒤부터 고객이 리뷰를 쓸 수 있어요.", x: inside.x, y: inside.y, style: .muted,
                maxWidth: inside.width)
            return
        }
        let rows = reviews.items.map { order in
            TableRow(
                [
                    TimeText.dayAndClock(order.reviewedAt ?? order.placedAt), Stars.of(order.reviewRating ?? 0),
                    order.customerName, order.reviewText ?? "", order.replyText == nil ? "답글 전" : "답글 완료",
                ],
                style: order.replyText == nil ? nil : .muted)
        }
        let table = Table(
            columns: [
                TableColumn("시각"), TableColumn("별점"), TableColumn("고객"), TableColumn("리뷰", width: .flex(1)),
                TableColumn("답글"),
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
            grid.put("사장님: \(reply)", x: detail.x, y: detail.y + 2, style: .info, maxWidth: detail.width)
        } else {
            grid.put("아직 답글이 없어요. Enter로 답글을 달 수 있어요.", x: detail.x, y: detail.y + 2, style: .muted)
        }
    }
}
