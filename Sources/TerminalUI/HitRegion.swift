/// What a click on a part of the screen means. Views say it as they draw (``CellGrid/addHitRegion(_:_:)``),
/// so what a click hits is exactly what the person sees, at every window size.
///
/// Every target stands for keys the screen already answers to: a click is translated into
/// them (``MouseRouting``), so the mouse can do nothing the keyboard cannot, and screens need
/// no mouse code of their own.
public enum MouseTarget: Hashable, Sendable {
    /// Acts as this key: a section tab (`2`), a button in the hint bar (`Enter`, `r`).
    case key(Key)
    /// A list row drawn this many rows below (negative: above) the selected one. A click
    /// selects it (↓ or ↑ that many times); a click on the selected row opens it (Enter), as
    /// in lazygit.
    case listRow(offsetFromSelection: Int)
    /// Content the wheel scrolls with ↑/↓: a list, or a long text.
    case scrolls
    /// An overlay (a detail view, a prompt) covering what is beneath: a click on it does
    /// nothing by itself and never reaches the page under it.
    case blocking
}

/// A rectangle of the last frame and what a click on it means. Later regions lie on top.
public struct HitRegion: Hashable, Sendable {
    public var rect: Rect
    public var target: MouseTarget

    public init(_ rect: Rect, _ target: MouseTarget) {
        self.rect = rect
        self.target = target
    }
}

extension CellGrid {
    /// Records that a click inside `rect` means `target`. Clipped to the grid; an empty
    /// rectangle records nothing.
    public mutating func addHitRegion(_ rect: Rect, _ target: MouseTarget) {
        let clipped = rect.intersection(bounds)
        guard !clipped.isEmpty else { return }
        hitRegions.append(HitRegion(clipped, target))
    }

    /// The topmost region under the cell at (`x`, `y`), if any.
    public func hitRegion(x: Int, y: Int) -> HitRegion? {
        hitRegions.last { $0.rect.contains(x: x, y: y) }
    }
}
