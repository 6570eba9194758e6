/// A scrollable list with one selected item: the menu, the order queue, the delivery
/// list. Pure state; keys move the selection and the list scrolls to keep it visible.
///
/// Keys: `j`/`↓` down, `k`/`↑` up, PgDn/PgUp by a page, Home/End to the ends. A list of
/// ``ListSearchable`` rows also answers `/`: typing narrows ``items`` to the rows that match
/// (``ListFilter``), Enter keeps the filter, Esc clears it; ``allItems`` keeps every row.
/// Set ``visibleRows`` to the height the list is drawn in so paging and scrolling match
/// the screen; ``render(into:in:row:)`` also copes if it is out of date.
public struct SelectionList<Item> {
    /// The rows shown: every row, or those the filter keeps.
    public private(set) var items: [Item]
    /// Every row, filtered or not: for looking an item up by its id.
    public private(set) var allItems: [Item]
    /// What `/` typed, if the rows are searchable.
    public private(set) var filter = ListFilter()
    /// The selected position, nil only when the list is empty.
    public private(set) var selectedIndex: Int?
    /// Set by ``returnToTop()``: the next replacement selects the first item, whatever was
    /// selected before, until a key moves the selection.
    private var holdsTop = false
    /// The index of the first item shown.
    public private(set) var scrollOffset: Int
    /// How many items fit on screen at once.
    public var visibleRows: Int {
        didSet {
            visibleRows = max(1, visibleRows)
            scrollToSelection()
        }
    }

    public init(items: [Item] = [], visibleRows: Int = 10) {
        self.items = items
        self.allItems = items
        self.selectedIndex = items.isEmpty ? nil : 0
        self.scrollOffset = 0
        self.visibleRows = max(1, visibleRows)
    }

    public var selectedItem: Item? { selectedIndex.map { items[$0] } }
    public var isEmpty: Bool { items.isEmpty }

    /// The indices currently on screen.
    public var visibleRange: Range<Int> {
        scrollOffset..<min(items.count, scrollOffset + max(1, visibleRows))
    }

    /// Whether items are hidden above or below, for scroll indicators.
    public var hasMoreAbove: Bool { scrollOffset > 0 }
    public var hasMoreBelow: Bool { visibleRange.upperBound < items.count }

    // MARK: Keys

    /// Moves the selection for list keys; returns false for keys the list does not use,
    /// so the screen can handle them.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        holdsTop = false
        if filter.isEditing { return handleFilter(key) }
        switch key {
        case .character("/") where Self.isSearchable:
            filter.isEditing = true
        case .escape where !filter.field.isEmpty:
            filter.field.clear()
            refilter()
        case .down, .character("j"): moveBy(1)
        case .up, .character("k"): moveBy(-1)
        case .pageDown: moveBy(pageSize)
        case .pageUp: moveBy(-pageSize)
        case .home: select(0)
        case .end: select(items.count - 1)
        default: return false
        }
        return true
    }

    /// Keys while the filter is being typed: text goes into it, arrows still move, Enter
    /// keeps it, Esc clears it. Tab gives up typing and goes on to the screen (a section
    /// switch); every other key is the filter's, so a typed `q` or `1` is text.
    private mutating func handleFilter(_ key: Key) -> Bool {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            moveBy(key == .up ? -1 : key == .down ? 1 : key == .pageUp ? -pageSize : pageSize)
        case .enter:
            filter.isEditing = false
        case .escape:
            filter.isEditing = false
            filter.field.clear()
            refilter()
        case .tab, .backTab:
            filter.isEditing = false
            return false
        default:
            let before = filter.field.text
            _ = filter.field.handle(key)
            if filter.field.text != before {
                refilter()
                select(0)
            }
        }
        return true
    }

    private static var isSearchable: Bool { Item.self is any ListSearchable.Type }

    /// The filter as the session's bottom line shows it; nil while no filter is typed or kept.
    public var filterStatus: ListFilterStatus? {
        filter.isActive ? ListFilterStatus(filter: filter, shown: items.count, total: allItems.count) : nil
    }

    /// Narrows ``items`` to the rows the filter keeps, keeping the selection in range.
    private mutating func refilter() {
        items = allItems.filter { filter.keeps($0) }
        if items.isEmpty {
            selectedIndex = nil
            scrollOffset = 0
        } else {
            select(selectedIndex ?? 0)
        }
    }

    /// A page keeps one item of context from the previous page.
    private var pageSize: Int { max(1, visibleRows - 1) }

    private mutating func moveBy(_ delta: Int) {
        guard let selectedIndex else { return }
        select(selectedIndex + delta)
    }

    /// Selects the first item, and keeps the first one selected as the items are replaced until
    /// a key moves the selection: a newest-first list (notifications, orders) opened again shows
    /// its newest row selected, not the row selected when it was last left, which newer rows
    /// have pushed down since (Enter then opened an old notification).
    public mutating func returnToTop() {
        holdsTop = true
        select(0)
    }

    /// Selects the item at `index`, clamped to the list, and scrolls it into view.
    public mutating func select(_ index: Int) {
        guard !items.isEmpty else { return }
        selectedIndex = min(max(0, index), items.count - 1)
        scrollToSelection()
    }

    // MARK: Changing items

    /// Replaces the items, keeping the selected position (clamped to the new length).
    public mutating func replaceItems(_ newItems: [Item]) {
        allItems = newItems
        items = newItems.filter { filter.keeps($0) }
        guard !items.isEmpty else {
            selectedIndex = nil
            scrollOffset = 0
            return
        }
        select(selectedIndex ?? 0)
    }

    private mutating func scrollToSelection() {
        let rows = max(1, visibleRows)
        let lastOffset = max(0, items.count - rows)
        guard let selectedIndex else {
            scrollOffset = 0
            return
        }
        if selectedIndex < scrollOffset { scrollOffset = selectedIndex }
        if selectedIndex >= scrollOffset + rows { scrollOffset = selectedIndex - rows + 1 }
        scrollOffset = min(max(0, scrollOffset), lastOffset)
    }

    // MARK: Drawing

    /// The first index to draw in `rows` rows so that the selection is visible even if
    /// ``visibleRows`` is stale (e.g. right after a resize).
    public func firstVisibleIndex(forRows rows: Int) -> Int {
        let rows = max(1, rows)
        var first = min(scrollOffset, max(0, items.count - rows))
        if let selectedIndex {
            if selectedIndex < first { first = selectedIndex }
            if selectedIndex >= first + rows { first = selectedIndex - rows + 1 }
        }
        return max(0, first)
    }

    /// Draws one line per visible item, the selected one in `selectedStyle` across the
    /// full width.
    public func render(
        into grid: inout CellGrid,
        in rect: Rect,
        style: Style = .plain,
        selectedStyle: Style = .selected,
        row text: (Item) -> String
    ) {
        render(into: &grid, in: rect) { item, isSelected, line, grid in
            let lineStyle = isSelected ? selectedStyle : style
            grid.fill(line, style: lineStyle)
            grid.put(text(item), x: line.x, y: line.y, style: lineStyle, maxWidth: line.width)
        }
    }

    /// Draws visible items with a custom row drawer, for rows with several styles.
    public func render(
        into grid: inout CellGrid,
        in rect: Rect,
        drawRow: (_ item: Item, _ isSelected: Bool, _ line: Rect, _ grid: inout CellGrid) -> Void
    ) {
        guard !rect.isEmpty else { return }
        let first = firstVisibleIndex(forRows: rect.height)
        let rows = ScrollIndicator.rowsRect(total: items.count, in: rect)
        grid.addHitRegion(rect, .scrolls)
        for offset in 0..<rect.height {
            let index = first + offset
            guard index < items.count else { break }
            drawRow(items[index], index == selectedIndex, rows.row(offset), &grid)
            if let selectedIndex { grid.addHitRegion(rows.row(offset), .listRow(offsetFromSelection: index - selectedIndex)) }
        }
        if rows != rect {
            ScrollIndicator(total: items.count, first: first, rows: rect.height).render(into: &grid, in: rect)
        }
    }
}

extension SelectionList: Sendable where Item: Sendable {}
extension SelectionList: Equatable where Item: Equatable {}
extension SelectionList: Hashable where Item: Hashable {}

extension SelectionList where Item: Identifiable {
    /// Replaces the items, keeping the same item selected if it is still there — so a
    /// live-updating order queue does not jump when a new order arrives above the
    /// selected one. Falls back to the same position when it is gone.
    public mutating func replaceItems(keepingSelection newItems: [Item]) {
        if holdsTop {
            replaceItems(newItems)
            select(0)
            return
        }
        let selectedID = selectedItem?.id
        let previousIndex = selectedIndex
        allItems = newItems
        items = newItems.filter { filter.keeps($0) }
        if let selectedID, let index = items.firstIndex(where: { $0.id == selectedID }) {
            select(index)
        } else if items.isEmpty {
            selectedIndex = nil
            scrollOffset = 0
        } else {
            select(previousIndex ?? 0)
        }
    }
}
