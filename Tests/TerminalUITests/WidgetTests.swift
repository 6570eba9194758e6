import Testing
import TerminalUI

@Suite("Widgets")
struct WidgetTests {
    @Test("The too-small view centres its message")
    func tooSmall() throws {
        let frame = try #require(TooSmallView.frame(for: TerminalSize(width: 62, height: 20)))
        let message = "창이 너무 작아요: 62×20. baedal에는 80×24 이상이 필요해요."
        #expect(frame.size == TerminalSize(width: 62, height: 20))
        #expect(frame.cursor == nil)
        var expected = Array(repeating: "", count: 20)
        expected[9] = String(repeating: " ", count: (62 - message.displayWidth) / 2) + message
        #expect(frame.grid.lines() == expected)
    }

    @Test("The too-small message wraps in a very narrow window")
    func tooSmallNarrow() throws {
        let frame = try #require(TooSmallView.frame(for: TerminalSize(width: 30, height: 6)))
        #expect(
            frame.grid.lines() == [
                "", "   창이 너무 작아요: 30×6.", "   baedal에는 80×24 이상이", "          필요해요.", "", "",
            ])
    }

    @Test func bigEnoughNeedsNoTooSmallView() {
        #expect(TooSmallView.frame(for: TerminalSize(width: 80, height: 24)) == nil)
        #expect(TooSmallView.frame(for: TerminalSize(width: 200, height: 50)) == nil)
        #expect(TooSmallView.frame(for: TerminalSize(width: 79, height: 24)) != nil)
        #expect(TooSmallView.frame(for: TerminalSize(width: 80, height: 23)) != nil)
    }

    @Test("The help overlay lists every hint in an aligned box")
    func helpOverlay() {
        var grid = CellGrid(width: 40, height: 12)
        grid.fill(grid.bounds, with: "·")
        let hints = [
            KeyHint(key: "q", action: "종료"),
            KeyHint(key: "?", action: "도움말"),
            KeyHint(.enter, action: "주문하기"),
        ]
        HelpOverlay(hints: hints).render(into: &grid, in: grid.bounds)
        let lines = grid.lines()
        // The box is 19 wide at column 10: "│ " + 15 columns of content + " │".
        func row(_ inside: String) -> String {
            String(repeating: "·", count: 10) + inside + String(repeating: "·", count: 11)
        }
        func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }
        #expect(lines[2] == row("╭─ 도움말 " + String(repeating: "─", count: 8) + "╮"))
        #expect(lines[3] == row("│ q      종료" + spaces(5) + "│"))
        #expect(lines[4] == row("│ ?      도움말" + spaces(3) + "│"))
        #expect(lines[5] == row("│ Enter  주문하기" + spaces(1) + "│"))
        #expect(lines[6] == row("│" + spaces(17) + "│"))
        #expect(lines[7] == row("│" + spaces(6) + "Esc/? 닫기 │"))
        #expect(lines[8] == row("╰" + String(repeating: "─", count: 17) + "╯"))
        #expect(lines.allSatisfy { $0.displayWidth == 40 })
    }

    @Test func helpKeys() {
        #expect(HelpOverlay.isToggle(.character("?")))
        #expect(!HelpOverlay.isToggle(.character("h")))
        #expect(HelpOverlay.isDismissal(.escape))
    }

    @Test("The footer drops whole hints that do not fit")
    func keyHintBar() {
        let bar = KeyHintBar([
            KeyHint(key: "q", action: "종료"),
            KeyHint(key: "?", action: "도움말"),
            KeyHint(.enter, action: "주문"),
        ])
        #expect(bar.visibleHints(width: 20).count == 2)
        var grid = CellGrid(width: 20, height: 1)
        bar.render(into: &grid, in: grid.bounds)
        #expect(grid.lines() == ["q 종료  ? 도움말"])
        #expect(grid.styledDump() == "[accent bold]q[/] 종료  [accent bold]?[/] 도움말")
    }

    @Test("Screen chrome draws a title bar and footer around the body")
    func chrome() {
        var grid = CellGrid(width: 30, height: 5)
        let body = ScreenChrome(title: "주문 목록", status: "김밥천국", hints: [KeyHint(key: "q", action: "종료")])
            .render(into: &grid)
        #expect(body == Rect(x: 0, y: 1, width: 30, height: 3))
        let header = " 주문 목록" + String(repeating: " ", count: 11) + "김밥천국"
        #expect(grid.lines() == [header, "", "", "", "q 종료"])
        #expect(grid[0, 0].style == .bar)
    }

    @Test("A toast sits in the top-right corner and expires")
    func toast() {
        var toast = Toast("주문 접수", kind: .success, duration: .seconds(3))
        var grid = CellGrid(width: 40, height: 5)
        toast.render(into: &grid, in: grid.bounds)
        let margin = String(repeating: " ", count: 26)
        let rule = String(repeating: "─", count: 11)
        #expect(grid.lines()[0] == margin + "╭" + rule + "╮")
        #expect(grid.lines()[1] == margin + "│ 주문 접수 │")
        #expect(grid.lines()[2] == margin + "╰" + rule + "╯")
        let showingAfterOneSecond = toast.elapse(.seconds(1))
        #expect(showingAfterOneSecond)
        #expect(!toast.isExpired)
        let showingAfterThreeSeconds = toast.elapse(.seconds(2))
        #expect(!showingAfterThreeSeconds)
        #expect(toast.isExpired)
    }

    @Test("A long toast is cut to fit")
    func longToast() {
        let toast = Toast(String(repeating: "결제 실패 ", count: 10), kind: .error)
        var grid = CellGrid(width: 40, height: 3)
        toast.render(into: &grid, in: grid.bounds)
        #expect(grid.lines().allSatisfy { $0.displayWidth == 39 })
    }

    @Test(
        "Progress bars use eighth blocks and are always the requested width",
        arguments: [
            (0.0, "░░░░░░░░░░"), (1.0, "██████████"), (0.5, "█████░░░░░"),
            (0.55, "█████▌░░░░"), (0.01, "▏░░░░░░░░░"), (-1, "░░░░░░░░░░"), (7, "██████████"),
            (.nan, "░░░░░░░░░░"),
        ] as [(Double, String)])
    func progressBar(fraction: Double, cells: String) {
        #expect(ProgressBar(fraction: fraction).cells(width: 10) == cells)
    }

    @Test func progressBarRender() {
        var grid = CellGrid(width: 6, height: 1)
        ProgressBar(fraction: 0.5, track: " ").render(into: &grid, in: grid.bounds)
        #expect(grid.styledDump() == "[accent]███[/][muted]   [/]")
    }

    @Test func keyLabels() {
        #expect(Key.enter.label == "Enter")
        #expect(Key.ctrl("u").label == "C-u")
        #expect(Key.character(" ").label == "Space")
        #expect(Key.function(1).label == "F1")
        #expect(KeyHint(.pageDown, action: "다음").key == "PgDn")
    }
}
