/// A horizontal bar for progress such as "조리 70%" or a rider's distance covered,
/// drawn with eighth-block characters so it moves smoothly even when narrow.
public struct ProgressBar: Hashable, Sendable {
    /// Progress from 0 to 1; anything outside (or NaN) is clamped.
    public var fraction: Double
    /// What the unfilled part is drawn with; always one column wide.
    public private(set) var track: Character

    /// A wide `track` would break the cell count, so it falls back to a space.
    public init(fraction: Double, track: Character = "░") {
        self.fraction = fraction
        self.track = track.displayWidth == 1 ? track : " "
    }

    /// Left partial blocks, one to seven eighths of a cell.
    static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar as exactly `width` cells: full blocks, at most one partial block, then track.
    public func cells(width: Int) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isNaN ? 0 : min(1, max(0, fraction))
        let eighths = Int((clamped * Double(width * 8)).rounded())
        let full = eighths / 8
        let partial = eighths % 8
        var bar = String(repeating: "█", count: full)
        if partial > 0 { bar.append(Self.partialBlocks[partial - 1]) }
        bar += String(repeating: track, count: width - bar.count)
        return bar
    }

    /// Draws the bar in `rect`'s first row: filled part in `style`, track in `trackStyle`.
    public func render(
        into grid: inout CellGrid, in rect: Rect, style: Style = .accent, trackStyle: Style = .muted
    ) {
        guard !rect.isEmpty else { return }
        var x = rect.x
        for cell in cells(width: rect.width) {
            x += grid.put(String(cell), x: x, y: rect.y, style: cell == track ? trackStyle : style)
        }
    }
}
