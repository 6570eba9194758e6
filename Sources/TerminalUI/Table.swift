/// Columns of mixed Korean and ASCII text, aligned by display width.
///
/// Padding by `String.count` misaligns Korean (each syllable is two columns); this
/// measures every cell in columns, cuts long cells with an ellipsis without splitting a
/// syllable, and right-aligns numeric columns so `12,000원` and `8,500원` line up.
///
/// ```swift
/// let table = Table(
///     columns: [TableColumn("가게", width: .flex(1)), TableColumn("금액", alignment: .right)],
///     rows: [["김밥천국", NumberText.won(12000)], ["Pizza Hut", NumberText.won(8500)]])
/// table.render(into: &grid, in: body, selectedRow: list.selectedIndex)
/// ```
public struct Table: Hashable, Sendable {
    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// Spaces between columns.
    public var columnGap: Int
    public var showsHeader: Bool
    public var headerStyle: Style
    public var selectedStyle: Style

    public init(
        columns: [TableColumn],
        rows: [TableRow],
        columnGap: Int = 2,
        showsHeader: Bool = true,
        headerStyle: Style = .emphasis.underlined(),
        selectedStyle: Style = .selected
    ) {
        self.columns = columns
        self.rows = rows
        self.columnGap = columnGap
        self.showsHeader = showsHeader
        self.headerStyle = headerStyle
        self.selectedStyle = selectedStyle
    }

    /// Rows of the table body that fit in `height` rows of screen (after the header).
    public func bodyHeight(forHeight height: Int) -> Int {
        max(0, height - (showsHeader ? 1 : 0))
    }

    /// The width of each column when the table is `totalWidth` columns wide.
    ///
    /// Fixed columns get their width, fit columns their content width, flex columns share
    /// what is left. When fixed and fit columns together are too wide, fit columns give
    /// up a column at a time — left-aligned text first, widest first, so prices keep
    /// their digits — then fixed columns shrink from the right.
    public func columnWidths(forWidth totalWidth: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        let available = max(0, totalWidth - columnGap * (columns.count - 1))
        var widths = columns.enumerated().map { index, column -> Int in
            switch column.width {
            case .fixed(let width): return max(0, width)
            case .flex: return 0
            case .fit:
                return rows.reduce(column.title.displayWidth) { widest, row in
                    max(widest, index < row.cells.count ? row.cells[index].displayWidth : 0)
                }
            }
        }
        var excess = widths.reduce(0, +) - available
        while excess > 0 {
            // Text columns give way before right-aligned (numeric) ones, widest first.
            let shrinkable = columns.indices.filter { columns[$0].width == .fit && widths[$0] > 0 }
            let candidates = shrinkable.filter { columns[$0].alignment != .right }
            let pool = candidates.isEmpty ? shrinkable : candidates
            guard let widest = pool.max(by: { widths[$0] < widths[$1] || (widths[$0] == widths[$1] && $0 > $1) })
            else { break }
            widths[widest] -= 1
            excess -= 1
        }
        for index in columns.indices.reversed() where excess > 0 {
            let cut = min(widths[index], excess)
            widths[index] -= cut
            excess -= cut
        }
        let flexSizes = columns.map { column -> LayoutSize in
            if case .flex(let share) = column.width { return .ratio(share) }
            return .fixed(0)
        }
        let leftover = max(0, available - widths.reduce(0, +))
        let flexWidths = distribute(length: leftover, sizes: flexSizes, spacing: 0)
        for index in columns.indices {
            if case .flex = columns[index].width { widths[index] = flexWidths[index] }
        }
        return widths
    }

    /// The header (if shown) and every row as text exactly `width` columns wide.
    public func lines(width: Int) -> [String] {
        let widths = columnWidths(forWidth: width)
        var result: [String] = []
        if showsHeader { result.append(line(columns.map(\.title), widths: widths, width: width)) }
        for row in rows { result.append(line(row.cells, widths: widths, width: width)) }
        return result
    }

    /// Draws the header and the rows from `firstRow` that fit in `rect`, highlighting
    /// `selectedRow` across the full width, with a ``ScrollIndicator`` when rows are hidden.
    public func render(into grid: inout CellGrid, in rect: Rect, selectedRow: Int? = nil, firstRow: Int = 0) {
        guard !rect.isEmpty else { return }
        let bodyHeight = rect.height - (showsHeader ? 1 : 0)
        let full = rect
        let rect = ScrollIndicator.isNeeded(total: rows.count, rows: bodyHeight) && rect.width > 1 ? rect.inset(right: 1) : rect
        let widths = columnWidths(forWidth: rect.width)
        var y = rect.y
        if showsHeader {
            grid.put(
                line(columns.map(\.title), widths: widths, width: rect.width),
                x: rect.x, y: y, style: headerStyle, maxWidth: rect.width)
            y += 1
        }
        let body = Rect(x: full.x, y: y, width: full.width, height: max(0, full.maxY - y))
        // The wheel scrolls the rows; the rows drawn below lie on top of this, for clicks.
        if selectedRow != nil { grid.addHitRegion(body, .scrolls) }
        var index = max(0, firstRow)
        while y < rect.maxY && index < rows.count {
            let row = rows[index]
            let style = index == selectedRow ? selectedStyle : (row.style ?? .plain)
            grid.put(
                line(row.cells, widths: widths, width: rect.width),
                x: rect.x, y: y, style: style, maxWidth: rect.width)
            if let selectedRow { grid.addHitRegion(rect.row(y - rect.y), .listRow(offsetFromSelection: index - selectedRow)) }
            y += 1
            index += 1
        }
        if rect != full {
            ScrollIndicator(total: rows.count, first: max(0, firstRow), rows: body.height).render(into: &grid, in: body)
        }
    }

    private func line(_ cells: [String], widths: [Int], width: Int) -> String {
        let gap = String(repeating: " ", count: columnGap)
        let text = columns.indices.map { index in
            let cell = index < cells.count ? cells[index] : ""
            return cell.fitted(toWidth: widths[index], alignment: columns[index].alignment)
        }.joined(separator: gap)
        return text.fitted(toWidth: width)
    }
}
