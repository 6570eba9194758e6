import DeliveryDomain
import Foundation
import TerminalUI

/// Draws the demo: caption on top, the three role panes side by side (stacked when the
/// terminal is narrow), the running transcript, and the key hints.
public enum DemoScreen {
    /// Below this width the panes stack instead of standing side by side.
    public static let sideBySideWidth = 120

    public static func render(_ model: DemoModel) -> Frame {
        if let small = TooSmallView.frame(for: model.size) { return small }
        var grid = CellGrid(size: model.size)
        let state = model.finished ? "■ finished" : model.paused ? "⏸ paused" : "▶ playing"
        let speed = model.speed == model.speed.rounded() ? "\(Int(model.speed))" : "\(model.speed)"
        let status = "\(model.clockText)  ×\(speed)  \(state)  \(model.stepNumber)/\(model.stepCount)"
        let body = ScreenChrome(title: "baedal demo · 배달", status: status, hints: DemoModel.hints).render(into: &grid)
        let rows = Self.rows(of: body)
        let captionBox = grid.box(rows[0], title: "what is happening", style: .muted)
        grid.put(model.caption, in: captionBox, style: .title)
        drawPanes(model.panes, into: &grid, in: rows[1])
        let logBox = grid.box(rows[2], title: "transcript", style: .muted)
        for (offset, line) in model.log.suffix(logBox.height).enumerated() {
            // A line too long for the box ends in "…", never mid-word without a sign.
            grid.put(
                line.truncated(toWidth: logBox.width), x: logBox.x, y: logBox.y + offset,
                style: line.contains("refused") ? .danger : .plain, maxWidth: logBox.width)
        }
        if model.finished {
            let note =
                model.failures == 0
                ? " The tour is over: every expectation held. q quits. "
                : " The tour is over: \(model.failures) expectation(s) failed. q quits. "
            grid.put(
                note, in: Rect(x: captionBox.x, y: captionBox.y, width: captionBox.width, height: 1),
                alignment: .right, style: model.failures == 0 ? .success.bold() : .danger.bold())
        }
        if model.showHelp {
            HelpOverlay(title: "demo keys", hints: DemoModel.hints).render(into: &grid, in: grid.bounds)
        }
        return Frame(grid: grid)
    }

    /// The caption, the panes and the transcript, top to bottom.
    static func rows(of body: Rect) -> [Rect] {
        body.splitRows([.fixed(3), .fill, .fixed(min(7, max(3, body.height / 5)))])
    }

    /// The three panes' areas (borders included), in ``Role/allCases`` order.
    static func paneAreas(in rect: Rect, count: Int = Role.allCases.count) -> [Rect] {
        rect.width >= sideBySideWidth
            ? rect.splitColumns((0..<count).map { _ in .ratio(1) })
            : rect.splitRows((0..<count).map { _ in .ratio(1) })
    }

    /// The size each role's screen is drawn at inside its pane, for a terminal of `size`:
    /// the player sizes the real screens with it, as a terminal's resize sizes a session.
    public static func paneScreenSizes(for size: TerminalSize) -> [Role: TerminalSize] {
        var scratch = CellGrid(size: size)
        let body = ScreenChrome(title: "baedal demo · 배달", hints: DemoModel.hints).render(into: &scratch)
        let areas = paneAreas(in: rows(of: body)[1])
        var sizes: [Role: TerminalSize] = [:]
        for (role, area) in zip(Role.allCases, areas) {
            sizes[role] = TerminalSize(width: max(0, area.width - 2), height: max(0, area.height - 2))
        }
        return sizes
    }

    static func drawPanes(_ panes: [PaneModel], into grid: inout CellGrid, in rect: Rect) {
        let areas = paneAreas(in: rect, count: panes.count)
        for (pane, area) in zip(panes, areas) {
            let inside = grid.box(area, title: pane.title, style: .accent)
            if let screen = pane.screen {
                draw(screen, into: &grid, in: inside)
                continue
            }
            var y = inside.y
            for line in pane.lines where y < inside.maxY {
                // Long messages wrap onto a second row rather than lose their ending.
                for piece in line.text.wrapped(toWidth: inside.width).prefix(2) where y < inside.maxY {
                    grid.put(piece, x: inside.x, y: y, style: line.style, maxWidth: inside.width)
                    y += 1
                }
                if let progress = line.progress, y < inside.maxY {
                    ProgressBar(fraction: progress).render(
                        into: &grid, in: Rect(x: inside.x + 2, y: y, width: max(0, inside.width - 2), height: 1))
                    y += 1
                }
            }
        }
    }

    /// Copies a role's screen into its pane, clipped to the pane; a wide grapheme is copied
    /// whole or not at all.
    static func draw(_ screen: CellGrid, into grid: inout CellGrid, in rect: Rect) {
        for y in 0..<min(screen.height, rect.height) {
            var x = 0
            while x < min(screen.width, rect.width) {
                let cell = screen[x, y]
                if cell.isContinuation {
                    x += 1
                    continue
                }
                grid.put(cell.grapheme, x: rect.x + x, y: rect.y + y, style: cell.style, maxWidth: rect.width - x)
                x += max(1, cell.width)
            }
        }
    }
}
