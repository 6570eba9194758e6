import Testing
import TerminalUI

@Suite("Rectangles, splits and boxes")
struct LayoutTests {
    @Test("Header, body and footer")
    func screenRows() {
        let parts = Rect(x: 0, y: 0, width: 80, height: 24).splitRows([.fixed(1), .fill, .fixed(1)])
        #expect(
            parts == [
                Rect(x: 0, y: 0, width: 80, height: 1),
                Rect(x: 0, y: 1, width: 80, height: 22),
                Rect(x: 0, y: 23, width: 80, height: 1),
            ])
    }

    @Test("Ratios share the space exactly, leftovers to the earliest part")
    func ratios() {
        let parts = Rect(x: 0, y: 0, width: 10, height: 1).splitColumns([.ratio(1), .ratio(2)])
        #expect(parts.map(\.width) == [4, 6])
        #expect(parts.map(\.x) == [0, 4])
        let thirds = Rect(x: 5, y: 0, width: 80, height: 1).splitColumns([.fill, .fill, .fill])
        #expect(thirds.map(\.width) == [27, 27, 26])
    }

    @Test func spacing() {
        let parts = Rect(x: 0, y: 0, width: 10, height: 3).splitColumns([.fill, .fill], spacing: 2)
        #expect(parts.map(\.x) == [0, 6])
        #expect(parts.map(\.width) == [4, 4])
    }

    @Test("Fixed parts earlier in the list win when space runs out")
    func overflow() {
        let parts = Rect(x: 0, y: 0, width: 5, height: 1).splitColumns([.fixed(3), .fixed(4), .fill])
        #expect(parts.map(\.width) == [3, 2, 0])
    }

    @Test func rectGeometry() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 4)
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 2))
        #expect(rect.inset(by: 5).isEmpty)
        #expect(rect.centered(width: 4, height: 2) == Rect(x: 5, y: 4, width: 4, height: 2))
        #expect(rect.intersection(Rect(x: 0, y: 0, width: 5, height: 5)) == Rect(x: 2, y: 3, width: 3, height: 2))
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(rect.contains(x: 11, y: 6) && !rect.contains(x: 12, y: 6))
    }

    @Test("A box with a Korean title lines up its borders")
    func box() {
        var grid = CellGrid(width: 12, height: 4)
        let inside = grid.box(grid.bounds, title: "주문")
        #expect(inside == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(
            grid.lines() == [
                "╭─ 주문 ───╮",
                "│          │",
                "│          │",
                "╰──────────╯",
            ])
        #expect(grid.lines().allSatisfy { $0.displayWidth == 12 })
    }

    @Test("A long title is cut, never pushing the corner out")
    func boxLongTitle() {
        var grid = CellGrid(width: 10, height: 3)
        grid.box(grid.bounds, title: "김밥천국 강남점", border: .single)
        #expect(grid.lines()[0] == "┌─ 김…  ─┐")
        #expect(grid.lines().allSatisfy { $0.displayWidth == 10 })
    }

    @Test func boxTooSmallDrawsNothing() {
        var grid = CellGrid(width: 1, height: 1)
        #expect(grid.box(grid.bounds).isEmpty)
        #expect(grid.lines() == [""])
    }
}
