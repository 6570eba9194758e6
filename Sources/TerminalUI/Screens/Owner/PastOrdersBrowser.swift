import DeliveryDomain
import DeliveryEngine

/// What the past orders page holds: the store's finished orders read so far, newest first,
/// where the older ones continue, and the order opened whole.
///
/// The engine answers a page at a time (``PastOrdersPage``). Moving onto the last order read
/// asks for the next older page, once. A change in the log asks for the newest page again:
/// it replaces the top of the list, and the orders read from older pages stay below it, so an
/// order that just finished appears at once without losing the owner's place.
struct PastOrdersBrowser: Equatable, Sendable {
    var list = SelectionList<PastOrder>()
    /// The store the orders are of; a page of another store's starts the list again.
    private(set) var store: StoreID?
    /// Where the next older page starts; nil when none is left, or nothing was read yet.
    private(set) var older: PastOrdersCursor?
    /// The older page asked for and not yet come, so that it is asked once.
    private(set) var askedOlder: PastOrdersCursor?
    /// The order Enter asked for, until its detail comes.
    private(set) var opening: OrderID?
    /// The order read whole, while it is open.
    private(set) var opened: PastOrderDetail?
    /// The detail's first line shown, moved by the scroll keys.
    private(set) var detailLine = 0

    /// Whether `store`'s orders are on the list (an empty list read counts).
    func isRead(for store: StoreID?) -> Bool { store != nil && self.store == store }

    /// Takes in a page the engine answered for `cursor` (nil: the newest).
    mutating func take(_ page: PastOrdersPage, of store: StoreID, after cursor: PastOrdersCursor?) {
        if self.store != store {
            self = PastOrdersBrowser(list: SelectionList(visibleRows: list.visibleRows))
            self.store = store
        }
        if let cursor {
            guard cursor == older else { return }  // asked before the list was read again
            let known = Set(list.allItems.map(\.id))
            list.replaceItems(keepingSelection: list.allItems + page.orders.filter { !known.contains($0.id) })
            older = page.nextCursor
            askedOlder = nil
            return
        }
        let kept = page.nextCursor.map { boundary in list.allItems.filter { Self.isOlder($0, than: boundary) } } ?? []
        list.replaceItems(keepingSelection: page.orders + kept)
        if kept.isEmpty {
            older = page.nextCursor
            askedOlder = nil
        }
    }

    /// The older page to ask for now that the selection moved: when it is on the last order
    /// read, more are left, and they are not asked for already.
    mutating func olderPageToAsk() -> PastOrdersCursor? {
        guard let older, askedOlder != older, let index = list.selectedIndex, index == list.items.count - 1 else { return nil }
        askedOlder = older
        return older
    }

    /// Whether an older page was asked for and has not come yet.
    var isReadingOlder: Bool { askedOlder != nil }
    /// Whether older orders than those read are left.
    var hasOlder: Bool { older != nil }

    mutating func ask(_ order: OrderID) { opening = order }

    /// Opens the detail Enter asked for; an answer to an earlier question is dropped.
    mutating func open(_ detail: PastOrderDetail, asked order: OrderID) {
        guard opening == order else { return }
        opening = nil
        opened = detail
        detailLine = 0
    }

    mutating func closeDetail() {
        opening = nil
        opened = nil
    }

    /// Scrolls the open detail for a pager key, `lines` long in `rows` rows; false for other keys.
    mutating func scrollDetail(_ key: Key, lines: Int, rows: Int) -> Bool {
        let page = max(1, rows - 1)
        switch key {
        case .up, .character("k"): detailLine -= 1
        case .down, .character("j"): detailLine += 1
        case .pageUp, .ctrl("b"): detailLine -= page
        case .pageDown, .ctrl("f"), .character(" "): detailLine += page
        case .home, .character("g"): detailLine = 0
        case .end, .character("G"): detailLine = lines
        default: return false
        }
        detailLine = min(max(0, detailLine), max(0, lines - rows))
        return true
    }

    /// Whether `order` comes after `cursor` in the list: placed earlier, or at the same second
    /// with a smaller id (the engine's order).
    static func isOlder(_ order: PastOrder, than cursor: PastOrdersCursor) -> Bool {
        order.placedAt < cursor.placedAt || (order.placedAt == cursor.placedAt && order.order < cursor.order)
    }
}
