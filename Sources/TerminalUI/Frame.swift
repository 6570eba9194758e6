/// Where the terminal cursor should sit, in grid columns and rows.
public struct CursorPosition: Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// Everything the driver needs to show one moment of a screen.
///
/// `cursor` is nil unless text is being edited: the cursor stays hidden, and when shown
/// it sits exactly at the caret so input methods draw the Hangul syllable being composed
/// in the right place.
public struct Frame: Hashable, Sendable {
    public var grid: CellGrid
    public var cursor: CursorPosition?
    /// Ring the terminal bell with this frame (a new order for an owner looking elsewhere).
    /// The driver rings when a frame asking for it follows one that did not, so redrawing
    /// the same moment does not ring twice.
    public var bell: Bool

    public init(grid: CellGrid, cursor: CursorPosition? = nil, bell: Bool = false) {
        self.grid = grid
        self.cursor = cursor
        self.bell = bell
    }

    public var size: TerminalSize { grid.size }
}
