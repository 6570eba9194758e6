/// Turns a mouse event into the keys it stands for, by hit-testing the regions the frame on
/// screen drew (``HitRegion``): htop's and lazygit's mouse, with no screen knowing about it.
///
/// - A left click on a tab or a hint-bar button presses its key.
/// - A left click on a list row selects it (↑/↓ that many times); on the selected row, it
///   opens it (Enter).
/// - The wheel over a list or a long text moves three rows per notch (↑/↓).
/// - Other buttons, releases, and clicks on nothing do nothing.
///
/// While a form or a prompt takes text, a row click or the wheel could move its fields and a
/// character button would type itself, so only named keys (Enter, Esc, Tab…) are pressed.
public enum MouseRouting {
    /// Rows one notch of the wheel moves, as most terminals scroll their own history.
    public static let wheelRows = 3

    public static func keys(for event: MouseEvent, on grid: CellGrid, editingText: Bool = false) -> [Key] {
        switch event.action {
        case .press(.left):
            guard let region = grid.hitRegion(x: event.column, y: event.row) else { return [] }
            switch region.target {
            case .key(let key):
                if editingText, case .character = key { return [] }
                return [key]
            case .listRow(let offset) where !editingText:
                if offset == 0 { return [.enter] }
                return Array(repeating: offset > 0 ? .down : .up, count: abs(offset))
            case .listRow, .scrolls, .blocking: return []
            }
        case .wheelUp, .wheelDown:
            guard !editingText else { return [] }
            let scrollable = grid.hitRegions.last { region in
                guard region.rect.contains(x: event.column, y: event.row) else { return false }
                if case .key = region.target { return false }
                return true
            }
            guard let scrollable, scrollable.target != .blocking else { return [] }
            return Array(repeating: event.action == .wheelUp ? .up : .down, count: wheelRows)
        case .press, .release:
            return []
        }
    }
}
