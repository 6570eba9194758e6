import DeliveryDomain
import DeliveryEngine
import Foundation

/// A store's reviews as customers read them before ordering: newest first, each with its stars,
/// its day, who wrote it (the first letter of the name and stars: a review is public, the
/// person's name is theirs) and what they ordered, then the review and the owner's reply.
///
/// Keys: ↑/↓ j/k move; Enter reads a review and its reply whole (``TextDetail``); Esc goes
/// back (to the list, then to the menu).
struct StoreReviewsPage: Equatable, Sendable {
    let store: StoreID
    let storeName: String
    var list = SelectionList<OrderSummary>()
    var loaded = false
    var opened: TextDetail?

    /// "김**": the first letter, then one star per letter left, so a name is not told whole.
    static func maskedName(_ name: String) -> String {
        guard let first = name.first else { return "" }
        return String(first) + String(repeating: "*", count: max(1, name.count - 1))
    }
}

extension CustomerModel {
    /// `r` on a menu: its store's reviews.
    mutating func openStoreReviews(of store: StoreRow) -> [Effect] {
        pages.append(.storeReviews(StoreReviewsPage(store: store.id, storeName: store.summary.name)))
        return [.fetch(.reviews(store.id))]
    }

    mutating func storeReviewsKey(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        guard case .storeReviews(var page) = pages.last else { return nil }
        defer { if case .storeReviews = pages.last { replaceTop(.storeReviews(page)) } }
        if page.opened != nil {
            switch key {
            case .escape, .left, .character("h"):
                page.opened = nil
                return []
            default:
                let handled = page.opened?.handle(key, in: SessionLayout.pageArea(for: context.size)) ?? false
                return handled ? [] : nil
            }
        }
        if page.list.handle(key) { return [] }
        switch key {
        case .enter, .right, .character("l"):
            guard let order = page.list.selectedItem else { return [] }
            page.opened = storeReviewDetail(order)
            return []
        default:
            return nil
        }
    }

    /// Takes the store's reviews in, if they are this page's store's.
    mutating func receiveStoreReviews(_ reviews: [OrderSummary], of store: StoreID) {
        guard case .storeReviews(var page) = pages.last, page.store == store else { return }
        page.list.replaceItems(keepingSelection: reviews)
        page.loaded = true
        replaceTop(.storeReviews(page))
    }

    func storeReviewDetail(_ order: OrderSummary) -> TextDetail {
        let reply = order.replyText.map { "\n\n" + words(.ownerReplied($0)) } ?? ""
        return TextDetail(
            title: words(.reviewBy(StoreReviewsPage.maskedName(order.customerName))),
            facts: [
                TextDetail.Fact(words(.reviewedOn), TimeText.dayAndClock(order.reviewedAt ?? order.placedAt)),
                TextDetail.Fact(words(.ratingColumn), Stars.of(order.reviewRating ?? 0)),
                TextDetail.Fact(words(.orderedDishes), order.summary),
            ],
            text: (order.reviewText ?? "") + reply)
    }

    func storeReviewsHints() -> [KeyHint] {
        guard case .storeReviews(let page) = pages.last, page.opened == nil else { return TextDetail.hints(in: language) }
        return [
            KeyHint(.enter, .open, in: language), KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "/", .filter, in: language),
        ]
    }

    func renderStoreReviews(_ page: StoreReviewsPage, into grid: inout CellGrid, in area: Rect) {
        if let opened = page.opened {
            opened.render(into: &grid, in: area)
            return
        }
        let inside = grid.box(area, title: words(.storeReviewsTitle(page.storeName)), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        guard page.loaded, !page.list.allItems.isEmpty else {
            grid.put(words(page.loaded ? .noReviewsYet : .loadingReviews), x: inside.x, y: inside.y, style: .muted, maxWidth: inside.width)
            return
        }
        let rows = page.list.items.map { order in
            TableRow([
                TimeText.dayAndClock(order.reviewedAt ?? order.placedAt), Stars.of(order.reviewRating ?? 0),
                StoreReviewsPage.maskedName(order.customerName), order.reviewText ?? "",
                order.replyText == nil ? "" : words(.repliedMark),
            ])
        }
        let table = Table(
            columns: [
                TableColumn(words(.reviewedOn)), TableColumn(words(.ratingColumn)), TableColumn(words(.reviewerColumn)),
                TableColumn(words(.reviewColumn), width: .flex(1)), TableColumn(""),
            ],
            rows: rows)
        let listHeight = max(2, inside.height - 4)
        table.render(
            into: &grid, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: listHeight),
            selectedRow: page.list.selectedIndex,
            firstRow: page.list.firstVisibleIndex(forRows: table.bodyHeight(forHeight: listHeight)))
        guard let order = page.list.selectedItem else { return }
        let detail = Rect(x: inside.x, y: inside.maxY - 3, width: inside.width, height: 3)
        grid.fill(detail.row(0), with: "─", style: .muted)
        grid.put(order.reviewText ?? "", x: detail.x, y: detail.y + 1, maxWidth: detail.width)
        if let reply = order.replyText {
            grid.put(words(.ownerReplied(reply)), x: detail.x, y: detail.y + 2, style: .info, maxWidth: detail.width)
        }
    }
}
