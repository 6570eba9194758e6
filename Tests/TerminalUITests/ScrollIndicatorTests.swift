import Testing
@testable import TerminalUI

@Suite("Lists show that they scroll")
struct ScrollIndicatorTests {
    @Test func aListWithRowsHiddenAboveAndBelowSaysHowMany() {
        var list = SelectionList(items: (1...10).map { "알림 \($0)" }, visibleRows: 3)
        list.select(5)
        var grid = CellGrid(width: 24, height: 3)
        list.render(into: &grid, in: grid.bounds) { $0 }
        let lines = grid.lines()
        #expect(lines[0].hasPrefix("알림 4") && lines[0].hasSuffix("↑"))
        #expect(lines[1] == "알림 5")
        #expect(lines[2].hasPrefix("알림 6") && lines[2].hasSuffix("↓"))
        #expect(lines[0].displayWidth == 24)
    }

    @Test func aListThatFitsShowsNoIndicator() {
        let list = SelectionList(items: ["하나", "둘"], visibleRows: 3)
        var grid = CellGrid(width: 24, height: 3)
        list.render(into: &grid, in: grid.bounds) { $0 }
        #expect(grid.lines() == ["하나", "둘", ""])
    }

    @Test func aTableBelowItsHeaderSaysWhatIsHiddenAbove() {
        let table = Table(
            columns: [TableColumn("내용", width: .flex(1))],
            rows: (1...6).map { TableRow(["주문 \($0)"]) })
        var grid = CellGrid(width: 24, height: 3)
        table.render(into: &grid, in: grid.bounds, selectedRow: 5, firstRow: 4)
        let lines = grid.lines()
        #expect(lines[0].hasPrefix("내용"))
        #expect(lines[1].hasPrefix("주문 5") && lines[1].hasSuffix("↑"))
        #expect(lines[2] == "주문 6")
    }
}
