extension CellGrid {
    /// Draws a border around `rect` with an optional title in the top edge and returns
    /// the inside, where the box's content goes.
    ///
    /// The inside is cleared so a box drawn over other content reads as a panel. A title
    /// too long for the edge is cut with an ellipsis. Rectangles smaller than 2×2 have no
    /// room for a border: nothing is drawn and the inside is empty.
    @discardableResult
    public mutating func box(
        _ rect: Rect,
        title: String? = nil,
        style: Style = .plain,
        titleStyle: Style = .title,
        border: BorderStyle = .rounded
    ) -> Rect {
        guard rect.width >= 2 && rect.height >= 2 else {
            return Rect(x: rect.x, y: rect.y, width: 0, height: 0)
        }
        let inside = rect.inset(by: 1)
        fill(inside)
        fill(Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1), with: border.horizontal, style: style)
        fill(Rect(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, height: 1), with: border.horizontal, style: style)
        fill(Rect(x: rect.x, y: rect.y + 1, width: 1, height: rect.height - 2), with: border.vertical, style: style)
        fill(Rect(x: rect.maxX - 1, y: rect.y + 1, width: 1, height: rect.height - 2), with: border.vertical, style: style)
        put(String(border.topLeft), x: rect.x, y: rect.y, style: style)
        put(String(border.topRight), x: rect.maxX - 1, y: rect.y, style: style)
        put(String(border.bottomLeft), x: rect.x, y: rect.maxY - 1, style: style)
        put(String(border.bottomRight), x: rect.maxX - 1, y: rect.maxY - 1, style: style)

        // "╭─ 주문 목록 ─╮": one rule cell, a space, the title, a space.
        if let title, !title.isEmpty, rect.width >= 6 {
            let room = rect.width - 6
            if room > 0 {
                let shown = title.truncated(toWidth: min(room, title.displayWidth))
                let used = put(" ", x: rect.x + 2, y: rect.y, style: style)
                let written = put(shown, x: rect.x + 2 + used, y: rect.y, style: titleStyle)
                put(" ", x: rect.x + 2 + used + written, y: rect.y, style: style)
            }
        }
        return inside
    }
}
