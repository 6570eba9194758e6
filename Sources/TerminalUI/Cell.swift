/// One terminal column of a ``CellGrid``.
///
/// A wide grapheme (Hangul, CJK, emoji) occupies two cells: the leading cell holds the
/// grapheme with `width == 2`, and the cell to its right is a continuation with
/// `width == 0` and an empty grapheme. Drivers write the leading cell and never the
/// continuation; the grid keeps the pair intact when either half is overwritten.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; empty for a continuation cell.
    public var grapheme: String
    /// 1 for a narrow grapheme, 2 for the leading half of a wide one, 0 for a continuation.
    public var width: Int
    public var style: Style

    public init(grapheme: String, width: Int, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A space in `style`.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(grapheme: " ", width: 1, style: style)
    }

    /// The right half of a wide grapheme.
    public static func continuation(_ style: Style = .plain) -> Cell {
        Cell(grapheme: "", width: 0, style: style)
    }

    /// Whether this is the right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }
}
