/// The screen as a grid of cells: what every view draws into and what the driver paints.
///
/// A value type with no terminal behind it, so screens render into it in tests exactly
/// as they do live, and the driver can diff two grids to write only what changed.
///
/// Invariant: every cell of width 2 is followed by a continuation cell, and every
/// continuation follows a cell of width 2. All mutation goes through ``place(_:x:y:)``,
/// which clears the other half of any wide grapheme it overwrites.
public struct CellGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// Row-major cells: the cell at column x, row y is `cells[y * width + x]`.
    public private(set) var cells: [Cell]
    /// Where clicks land, recorded while drawing (see ``HitRegion``), topmost last. Not part
    /// of what the grid looks like: two grids with the same cells are equal, so the driver's
    /// diff and the snapshot tests see only the cells.
    public internal(set) var hitRegions: [HitRegion] = []

    /// A grid of blanks in `style`.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// A grid of blanks the size of the terminal.
    public init(size: TerminalSize, style: Style = .plain) {
        self.init(width: size.width, height: size.height, style: style)
    }

    public var size: TerminalSize { TerminalSize(width: width, height: height) }

    /// The whole grid as a rectangle: the starting point for layout.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a column and row, which must be inside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(bounds.contains(x: x, y: y), "cell (\(x), \(y)) is outside \(size)")
        return cells[y * width + x]
    }

    /// The cells of one row.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * width)..<(y * width + width)]
    }

    // MARK: Writing text

    /// Writes `text` on row `y` from column `x` and returns how many columns it used.
    ///
    /// Text is clipped at the grid edge and after `maxWidth` columns; a wide grapheme
    /// that would straddle either limit is replaced by a space rather than split.
    /// Control characters and stray zero-width graphemes are dropped, so this always
    /// writes a single line. Columns left of 0 are skipped but still counted from `x`.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil
    ) -> Int {
        guard y >= 0 && y < height else { return 0 }
        let limit = maxWidth.map { min(width, x + max(0, $0)) } ?? width
        var column = x
        for character in text {
            let characterWidth = character.displayWidth
            if characterWidth == 0 { continue }
            if column + characterWidth > limit {
                if column >= 0 && column < limit {
                    place(.blank(style), x: column, y: y)
                    column += 1
                }
                break
            }
            if column < 0 {
                if column + characterWidth > 0 {
                    place(.blank(style), x: 0, y: y)
                }
            } else {
                place(Cell(grapheme: String(character), width: characterWidth, style: style), x: column, y: y)
            }
            column += characterWidth
        }
        return max(0, column - max(x, 0))
    }

    /// Writes spans one after another on row `y` and returns the columns used.
    @discardableResult
    public mutating func put(_ spans: [Span], x: Int, y: Int, maxWidth: Int? = nil) -> Int {
        var used = 0
        for span in spans {
            let remaining = maxWidth.map { $0 - used }
            if let remaining, remaining <= 0 { break }
            used += put(span.text, x: x + used, y: y, style: span.style, maxWidth: remaining)
        }
        return used
    }

    /// Writes `text` within `rect`'s first row, aligned, cut with an ellipsis if too wide.
    @discardableResult
    public mutating func put(
        _ text: String, in rect: Rect, alignment: TextAlignment = .left, style: Style = .plain
    ) -> Int {
        guard !rect.isEmpty else { return 0 }
        let fitted = text.truncated(toWidth: rect.width)
        let offset: Int
        switch alignment {
        case .left: offset = 0
        case .right: offset = rect.width - fitted.displayWidth
        case .center: offset = (rect.width - fitted.displayWidth) / 2
        }
        return put(fitted, x: rect.x + offset, y: rect.y, style: style, maxWidth: rect.width - offset)
    }

    // MARK: Filling and styling

    /// Fills `rect` with spaces in `style`, e.g. to clear a panel or paint a bar.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        fill(rect, with: " ", style: style)
    }

    /// Fills `rect` with a narrow character such as `─`; a wide one fills with spaces.
    public mutating func fill(_ rect: Rect, with character: Character, style: Style = .plain) {
        let area = rect.intersection(bounds)
        let cell =
            character.displayWidth == 1
            ? Cell(grapheme: String(character), width: 1, style: style)
            : .blank(style)
        for row in area.minY..<area.maxY {
            for column in area.minX..<area.maxX {
                place(cell, x: column, y: row)
            }
        }
    }

    /// Blanks the whole grid.
    public mutating func clear(style: Style = .plain) {
        cells = Array(repeating: .blank(style), count: width * height)
        hitRegions = []
    }

    /// Changes the style of every cell in `rect` but keeps the text, e.g. to highlight
    /// a selected row after drawing it.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        for row in area.minY..<area.maxY {
            for column in area.minX..<area.maxX {
                change(&cells[row * width + column].style)
            }
        }
    }

    /// Gives every cell in `rect` exactly `style`, keeping the text.
    public mutating func restyle(_ rect: Rect, to style: Style) {
        restyle(rect) { $0 = style }
    }

    // MARK: Composing

    /// Copies `other` onto this grid with its top-left corner at (`x`, `y`), clipping
    /// at the edges. Used for overlays drawn separately from the screen beneath.
    public mutating func draw(_ other: CellGrid, x: Int, y: Int) {
        for row in 0..<other.height {
            for column in 0..<other.width {
                let cell = other[column, row]
                let targetX = x + column
                let targetY = y + row
                guard !cell.isContinuation, bounds.contains(x: targetX, y: targetY) else { continue }
                if cell.width == 2 && targetX + 1 >= width {
                    place(.blank(cell.style), x: targetX, y: targetY)
                } else {
                    place(cell, x: targetX, y: targetY)
                }
            }
        }
        for region in other.hitRegions {
            addHitRegion(
                Rect(x: region.rect.x + x, y: region.rect.y + y, width: region.rect.width, height: region.rect.height),
                region.target)
        }
    }

    // MARK: The one mutation point

    /// Puts `cell` at (`x`, `y`), which must be inside the grid; a wide cell also takes
    /// the column to its right. Any wide grapheme whose half is overwritten has its other
    /// half blanked, so the grid never holds half a character.
    mutating func place(_ cell: Cell, x: Int, y: Int) {
        precondition(!cell.isContinuation && (cell.width == 1 || x + 1 < width))
        detachWideGrapheme(atX: x, y: y)
        if cell.width == 2 {
            detachWideGrapheme(atX: x + 1, y: y)
            cells[y * width + x + 1] = .continuation(cell.style)
        }
        cells[y * width + x] = cell
    }

    /// If (`x`, `y`) is half of a wide grapheme, blanks both halves (keeping their style).
    private mutating func detachWideGrapheme(atX x: Int, y: Int) {
        let index = y * width + x
        let cell = cells[index]
        if cell.isContinuation && x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
            cells[index] = .blank(cell.style)
        } else if cell.width == 2 && x + 1 < width {
            cells[index + 1] = .blank(cells[index + 1].style)
            cells[index] = .blank(cell.style)
        }
    }
}

extension CellGrid {
    /// Equal when they look the same: size and cells, not the click regions drawn with them.
    public static func == (lhs: CellGrid, rhs: CellGrid) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(cells)
    }
}
