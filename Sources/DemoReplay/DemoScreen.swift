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
        let rows = body.splitRows([.fixed(3), .fill, .fixed(min(7, max(3, body.height / 5)))])
        let captionBox = grid.box(rows[0], title: "what is happening", style: .muted)
        grid.put(model.caption, in: captionBox, style: .title)
        drawPanes(model.panes, into: &grid, in: rows[1])
        let logBox = grid.box(rows[2], title: "transcript", style: .muted)
        for (offset, line) in model.log.suffix(logBox.height).enumerated() {
            grid.put(
                line, x: logBox.x, y: logBox.y + offset, style: line.contains("refused") ? .danger : .plain,
                maxWidth: logBox.width)
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

    static func drawPanes(_ panes: [PaneModel], into grid: inout CellGrid, in rect: Rect) {
        let areas =
            rect.width >= sideBySideWidth
            ? rect.splitColumns(panes.map { _ in .ratio(1) })
            : rect.splitRows(panes.map { _ in .ratio(1) })
        for (pane, area) in zip(panes, areas) {
            let inside = grid.box(area, title: pane.title, style: .accent)
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
}
