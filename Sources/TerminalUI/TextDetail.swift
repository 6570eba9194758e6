import DeliveryDomain
/// Long text read whole: a notification or a review that its list row had to cut.
///
/// A list row is one line, so a long Korean sentence ends in `…` there. Enter on the row
/// opens this view over the page: a few facts (when, which order), then the text wrapped to
/// the width by display columns, so a Hangul syllable takes two and is never split. The text
/// scrolls like a pager (↑↓ j/k, PgUp/PgDn, Space, Home/End) with the same `↑`/`↓` gutter as
/// the lists; Esc closes it, which the page that opened it handles.
public struct TextDetail: Equatable, Sendable {
    /// One short fact above the text: `시각  12/02 13:05`.
    public struct Fact: Equatable, Sendable {
        public var label: String
        public var value: String

        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    public var title: String
    public var facts: [Fact]
    public var text: String
    /// The first wrapped line shown; moved by the scroll keys, clamped when drawn.
    public private(set) var firstLine = 0

    public init(title: String, facts: [Fact] = [], text: String) {
        self.title = title
        self.facts = facts
        self.text = text
    }

    /// The text's lines at `width` columns.
    public func lines(width: Int) -> [String] { text.wrapped(toWidth: width) }

    /// Scrolls for a pager key and says whether it was one. `area` is where the view is
    /// drawn in, so a scroll never runs past the last line (drawing clamps again anyway).
    public mutating func handle(_ key: Key, in area: Rect) -> Bool {
        let body = Self.textRect(in: area, facts: facts.count)
        let total = lines(width: ScrollIndicator.rowsRect(total: Int.max, in: body).width).count
        let page = max(1, body.height - 1)
        let last = max(0, total - body.height)
        switch key {
        case .up, .character("k"): firstLine -= 1
        case .down, .character("j"): firstLine += 1
        case .pageUp, .ctrl("b"): firstLine -= page
        case .pageDown, .ctrl("f"), .character(" "): firstLine += page
        case .home, .character("g"): firstLine = 0
        case .end, .character("G"): firstLine = last
        default: return false
        }
        firstLine = min(max(0, firstLine), last)
        return true
    }

    /// Where the wrapped text goes inside `area`: the box's inside, below the facts and a
    /// blank line.
    static func textRect(in area: Rect, facts: Int) -> Rect {
        let inside = area.inset(by: 1).inset(left: 1, right: 1)
        return inside.inset(top: facts == 0 ? 0 : facts + 1)
    }

    /// Draws the view over `area`, which it fills, and marks the area so a click on it does
    /// not reach the list underneath.
    public func render(into grid: inout CellGrid, in area: Rect) {
        let inside = grid.box(area, title: title, style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        grid.addHitRegion(area, .blocking)
        let labelWidth = facts.map(\.label.displayWidth).max() ?? 0
        for (row, fact) in facts.enumerated() where row < inside.height {
            let used = grid.put(fact.label.padded(toWidth: labelWidth), x: inside.x, y: inside.y + row, style: .muted)
            grid.put(
                fact.value, x: inside.x + used + 2, y: inside.y + row, maxWidth: max(0, inside.width - used - 2))
        }
        let body = Self.textRect(in: area, facts: facts.count)
        guard !body.isEmpty else { return }
        let wrappedAll = lines(width: body.width)
        let textArea = ScrollIndicator.rowsRect(total: wrappedAll.count, in: body)
        let shown = textArea == body ? wrappedAll : lines(width: textArea.width)
        let first = min(firstLine, max(0, shown.count - textArea.height))
        for (offset, line) in shown.dropFirst(first).prefix(textArea.height).enumerated() {
            grid.put(line, x: textArea.x, y: textArea.y + offset, maxWidth: textArea.width)
        }
        if textArea != body {
            ScrollIndicator(total: shown.count, first: first, rows: textArea.height).render(into: &grid, in: body)
        }
        grid.addHitRegion(body, .scrolls)
    }

    /// The keys the view answers to, for the hint bar.
    public static func hints(in language: Language) -> [KeyHint] {
        [
            KeyHint(.escape, .close, in: language), KeyHint(key: "↑↓/jk", .scroll, in: language),
            KeyHint(key: "PgUp/PgDn", .pageByPage, in: language),
        ]
    }
}
