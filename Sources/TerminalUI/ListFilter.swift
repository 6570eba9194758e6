import DeliveryDomain

/// A row a list can be searched by: the texts `/` looks in (names, dishes, statuses).
public protocol ListSearchable {
    var searchableText: [String] { get }
}

/// What `/` typed over a ``SelectionList``: the query, and whether keys still go into it.
///
/// Typing narrows the list as it goes; Enter keeps the filter and gives the keys back to the
/// list; Esc, while typing or after, clears it. Matching is ``SearchQuery``'s: Hangul initials
/// and Latin letters in any case.
public struct ListFilter: Hashable, Sendable {
    public internal(set) var field = TextField(placeholder: "찾을 말", maxLength: 20)
    public internal(set) var isEditing = false

    public init() {}

    /// Whether the list is narrowed, or about to be.
    public var isActive: Bool { isEditing || !field.isEmpty }

    func keeps(_ item: Any) -> Bool {
        guard !field.isEmpty, let row = item as? any ListSearchable else { return true }
        return SearchQuery(field.text).matchesAny(row.searchableText)
    }
}

/// A list's filter as the session draws it on the bottom line: the query and how many rows
/// it leaves.
public struct ListFilterStatus: Hashable, Sendable {
    public let filter: ListFilter
    public let shown: Int
    public let total: Int

    /// `/ 짜장▏  3/12건 · Enter 유지 · Esc 지우기` across `row`; returns the caret while typing.
    public func render(into grid: inout CellGrid, in row: Rect, language: Language) -> CursorPosition? {
        grid.fill(row, style: .bar)
        var x = row.x + 1
        x += grid.put("/ ", x: x, y: row.y, style: .bar.bold())
        let fieldWidth = min(22, max(0, row.maxX - x - 1))
        var field = filter.field
        field.placeholder = SessionWords.filterPlaceholder.text(in: language)
        let caret = field.render(
            into: &grid, in: Rect(x: x, y: row.y, width: fieldWidth, height: 1),
            style: filter.isEditing ? .plain.underlined() : .bar, placeholderStyle: .muted)
        x += fieldWidth + 2
        let keys = (filter.isEditing ? SessionWords.filterTyping : .filterKept).text(in: language)
        grid.put(
            SessionWords.filterCount(shown: shown, total: total).text(in: language) + " · " + keys, x: x, y: row.y, style: .bar,
            maxWidth: max(0, row.maxX - x))
        return filter.isEditing ? caret : nil
    }
}
