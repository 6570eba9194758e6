import CNCursesW
import TerminalUI

extension CursesTerminal {
    /// Shows `frame`, writing only the cells that differ from the last painted frame.
    ///
    /// The screen is never cleared for an ordinary update, so ticks do not flicker; after
    /// a resize (or the first paint) the whole screen is redrawn once, because the
    /// terminal may have reflowed what was there. The cursor is shown at `frame.cursor`
    /// or hidden. The bell rings (`beep`, or a flash where the terminal has no bell) when
    /// this frame asks for it and the last one painted did not.
    public func paint(_ frame: Frame) {
        guard isActive, let window = baedal_stdscr() else { return }
        let grid = frame.grid
        let screenSize = size
        var previous = painted
        if needsFullRepaint || previous?.size != grid.size {
            werase(window)
            clearok(window, true)
            previous = nil
            needsFullRepaint = false
        }
        if frame.cursor == nil { setCursorVisible(false) }

        let rows = min(grid.height, screenSize.height)
        let columns = min(grid.width, screenSize.width)
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = grid[x, y]
                // The leading half writes both columns; the continuation is never written.
                if cell.isContinuation { continue }
                if let previous, previous[x, y] == cell { continue }
                write(cell, x: x, y: y, window: window, screenWidth: columns)
            }
        }

        if let cursor = frame.cursor,
            cursor.x >= 0, cursor.y >= 0, cursor.x < screenSize.width, cursor.y < screenSize.height
        {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        }
        wnoutrefresh(window)
        doupdate()
        if frame.cursor != nil { setCursorVisible(true) }
        if frame.bell && !paintedBell { beep() }
        paintedBell = frame.bell
        painted = grid
    }

    private func write(_ cell: Cell, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>, screenWidth: Int) {
        let (attributes, pair) = palette.resolve(cell.style)
        // A wide cell cut off by a narrower screen (frame made before a resize) is a space.
        let fits = x + cell.width <= screenWidth
        let pieces =
            fits
            ? GlyphFallback.pieces(for: cell.grapheme, width: cell.width, systemWidth: systemWidth)
            : [" "]
        var column = x
        for piece in pieces {
            var wide = piece.unicodeScalars.map { wchar_t(truncatingIfNeeded: $0.value) }
            wide.append(0)
            var character = cchar_t()
            setcchar(&character, wide, attributes, pair, nil)
            mvwadd_wch(window, Int32(y), Int32(column), &character)
            column += max(1, piece.unicodeScalars.first.map(systemWidth) ?? 1)
        }
    }
}

/// The C library's width of one scalar, which is what ncurses uses to place cells.
private func systemWidth(_ scalar: Unicode.Scalar) -> Int {
    Int(baedal_wcwidth(scalar.value))
}
