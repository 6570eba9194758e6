/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    /// Exactly this many columns.
    case fixed(Int)
    /// As wide as its widest cell or title; first to shrink when space runs out.
    case fit
    /// A share of the space the other columns leave, in proportion to other flex columns.
    case flex(Int)
}

/// One column of a ``Table``: its title, width rule and alignment.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: TextAlignment

    /// Numbers and prices read best right-aligned: `TableColumn("금액", alignment: .right)`.
    public init(_ title: String, width: ColumnWidth = .fit, alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One row of a ``Table``. Write rows as string arrays; give a style only to set a row
/// apart, e.g. a cancelled order in `.muted`.
public struct TableRow: Hashable, Sendable, ExpressibleByArrayLiteral {
    public var cells: [String]
    public var style: Style?

    public init(_ cells: [String], style: Style? = nil) {
        self.cells = cells
        self.style = style
    }

    public init(arrayLiteral cells: String...) {
        self.init(cells)
    }
}
