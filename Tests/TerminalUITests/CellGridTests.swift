import Resilience
import Testing
@testable import TerminalUI

@Suite("Cell grid")
struct CellGridTests {
    @Test("A wide character takes a leading cell and a continuation")
    func wideCharacterCells() {
        var grid = CellGrid(width: 5, height: 1)
        let used = grid.put("가a", x: 0, y: 0)
        #expect(used == 3)
        #expect(grid[0, 0] == Cell(grapheme: "가", width: 2))
        #expect(grid[1, 0].isContinuation)
        #expect(grid[2, 0] == Cell(grapheme: "a", width: 1))
        #expect(grid.lines() == ["가a"])
    }

    @Test("Text is clipped at the edge, and a wide character that does not fit becomes a space")
    func clipsAtEdge() {
        var grid = CellGrid(width: 5, height: 1)
        grid.put("xxxxx", x: 0, y: 0)
        let used = grid.put("가나다", x: 0, y: 0, style: .accent)
        #expect(used == 5)
        #expect(grid[4, 0] == .blank(.accent))
        #expect(grid.lines() == ["가나"])
    }

    @Test func respectsMaxWidth() {
        var grid = CellGrid(width: 10, height: 1)
        let used = grid.put("가나다", x: 1, y: 0, maxWidth: 3)
        #expect(used == 3)
        #expect(grid.lines() == [" 가"])
        #expect(grid.put("abcdef", x: 0, y: 0, maxWidth: 0) == 0)
    }

    @Test("Text starting left of the grid is clipped without splitting a wide character")
    func clipsOnTheLeft() {
        var grid = CellGrid(width: 6, height: 1)
        let used = grid.put("가나", x: -1, y: 0)
        #expect(used == 3)
        #expect(grid.lines() == [" 나"])
    }

    @Test func rowsOutsideTheGridAreIgnored() {
        var grid = CellGrid(width: 4, height: 1)
        #expect(grid.put("abc", x: 0, y: 1) == 0)
        #expect(grid.put("abc", x: 0, y: -1) == 0)
        #expect(grid.lines() == [""])
    }

    @Test("Control characters never reach the grid")
    func dropsControls() {
        var grid = CellGrid(width: 10, height: 1)
        #expect(grid.put("a\nb\tc\u{1B}", x: 0, y: 0) == 3)
        #expect(grid.lines() == ["abc"])
    }

    @Test("Overwriting the right half of a wide character clears its left half")
    func overwriteRightHalf() {
        var grid = CellGrid(width: 6, height: 1)
        grid.put("가나", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid[0, 0] == .blank())
        #expect(grid.lines() == [" x나"])
    }

    @Test("Overwriting the left half of a wide character clears its right half")
    func overwriteLeftHalf() {
        var grid = CellGrid(width: 6, height: 1)
        grid.put("가나", x: 0, y: 0)
        grid.put("y", x: 2, y: 0)
        #expect(grid[3, 0] == .blank())
        #expect(grid.lines() == ["가y"])
    }

    @Test("A wide character written across two others clears both")
    func wideOverWide() {
        var grid = CellGrid(width: 6, height: 1)
        grid.put("가나다", x: 0, y: 0)
        grid.put("라", x: 1, y: 0)
        #expect(grid.lines() == [" 라 다"])
    }

    @Test func fillClearsHalvesAtItsEdges() {
        var grid = CellGrid(width: 6, height: 1)
        grid.put("가나다", x: 0, y: 0)
        grid.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: "-")
        #expect(grid.lines() == [" -- 다"])
    }

    @Test func restyleKeepsText() {
        var grid = CellGrid(width: 4, height: 1)
        grid.put("가b", x: 0, y: 0)
        grid.restyle(grid.bounds, to: .selected)
        #expect(grid.lines() == ["가b"])
        #expect(grid.styledDump() == "[reverse]가b [/]")
    }

    @Test("lines() skips continuations and trims trailing spaces")
    func linesDump() {
        var grid = CellGrid(width: 12, height: 3)
        grid.put("주문 #12", x: 0, y: 0)
        grid.put("ok", x: 3, y: 2)
        #expect(grid.lines() == ["주문 #12", "", "   ok"])
    }

    @Test("styledDump marks runs of non-plain style")
    func styledDump() {
        var grid = CellGrid(width: 20, height: 2)
        let used = grid.put("합계 ", x: 0, y: 0)
        grid.put("12,000원", x: used, y: 0, style: .accent.bold())
        grid.put([Span("조리 중", style: .warning), " 5분"], x: 0, y: 1)
        #expect(grid.styledDump() == "합계 [accent bold]12,000원[/]\n[warning]조리 중[/] 5분")
    }

    @Test func putInRectAligns() {
        var grid = CellGrid(width: 10, height: 3)
        grid.put("가나", in: grid.bounds.row(0), alignment: .right)
        grid.put("가나", in: grid.bounds.row(1), alignment: .center)
        grid.put("가나다라마바", in: grid.bounds.row(2))
        #expect(grid.lines() == ["      가나", "   가나", "가나다라…"])
    }

    @Test("Drawing one grid onto another clips wide characters at the edge")
    func composing() {
        var overlay = CellGrid(width: 4, height: 1)
        overlay.put("가나", x: 0, y: 0)
        var grid = CellGrid(width: 7, height: 1)
        grid.put("abcdefg", x: 0, y: 0)
        grid.draw(overlay, x: 4, y: 0)
        #expect(grid.lines() == ["abcd가"])
        #expect(grid[6, 0] == .blank())
    }

    @Test("Frames compare by content")
    func frameEquality() {
        func render() -> Frame {
            var grid = CellGrid(width: 10, height: 2)
            grid.put("배달", x: 1, y: 1, style: .success)
            return Frame(grid: grid, cursor: CursorPosition(x: 5, y: 1))
        }
        #expect(render() == render())
        var other = render()
        other.cursor = nil
        #expect(other != render())
    }

    @Test("No sequence of writes ever leaves half a wide character")
    func wideCharacterInvariant() {
        var random = SeededRandomNumberGenerator(seed: 42)
        let samples = ["가", "나다", "a", "b가", "🛵", "🇰🇷x", "e\u{301}", "漢字abc"]
        var grid = CellGrid(width: 9, height: 3)
        for _ in 0..<2_000 {
            let x = Int(random.next() % 13) - 2
            let y = Int(random.next() % 3)
            switch random.next() % 3 {
            case 0:
                grid.put(
                    samples[Int(random.next() % UInt64(samples.count))], x: x, y: y,
                    maxWidth: Int(random.next() % 6))
            case 1:
                grid.fill(Rect(x: x, y: y, width: Int(random.next() % 4), height: 1), with: "-")
            default:
                var overlay = CellGrid(width: 3, height: 1)
                overlay.put("가b", x: Int(random.next() % 2), y: 0)
                grid.draw(overlay, x: x, y: y)
            }
            for row in 0..<grid.height {
                for column in 0..<grid.width {
                    let cell = grid[column, row]
                    if cell.width == 2 {
                        #expect(column + 1 < grid.width && grid[column + 1, row].isContinuation)
                    }
                    if cell.isContinuation {
                        #expect(column > 0 && grid[column - 1, row].width == 2)
                    }
                }
            }
        }
    }
}
