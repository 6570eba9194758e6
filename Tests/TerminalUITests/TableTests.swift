import Testing
import TerminalUI

@Suite("Table of mixed Korean and ASCII text")
struct TableTests {
    let priceTable = Table(
        columns: [TableColumn("이름"), TableColumn("금액", alignment: .right)],
        rows: [["김밥", NumberText.won(3000)], ["Pizza", NumberText.won(12000)]])

    @Test("Columns line up by display width and prices are right-aligned")
    func alignment() {
        var grid = CellGrid(width: 17, height: 3)
        priceTable.render(into: &grid, in: grid.bounds)
        #expect(
            grid.lines() == [
                "이름       금액",
                "김밥    3,000원",
                "Pizza  12,000원",
            ])
    }

    @Test("lines(width:) gives every row exactly the table width")
    func exactWidths() {
        let table = Table(
            columns: [
                TableColumn("가게"),
                TableColumn("메뉴", width: .flex(1)),
                TableColumn("금액", alignment: .right),
            ],
            rows: [
                ["김밥천국", "참치김밥 외 2개", NumberText.won(12000)],
                ["Pizza Hut", "Pepperoni L", NumberText.won(8500)],
                ["교촌치킨", "허니콤보 🍗", NumberText.won(23000)],
            ])
        let lines = table.lines(width: 40)
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.displayWidth == 40 })
        // The menu column starts, and the price column ends, at the same column on every row.
        for (line, menu) in zip(lines, ["메뉴", "참치김밥", "Pepperoni", "허니콤보"]) {
            #expect(columnOf(menu, in: line) == 11)
        }
        #expect(table.columnWidths(forWidth: 40) == [9, 19, 8])
    }

    @Test("Text columns shrink before prices when space runs out")
    func shrinking() {
        #expect(
            priceTable.lines(width: 13) == [
                "이…      금액",
                "김…   3,000원",
                "Pi…  12,000원",
            ])
    }

    @Test("The selected row is highlighted across the full width")
    func selection() {
        var grid = CellGrid(width: 17, height: 3)
        priceTable.render(into: &grid, in: grid.bounds, selectedRow: 1)
        let dump = grid.styledDump().split(separator: "\n")
        #expect(dump[2] == "[reverse]Pizza  12,000원  [/]")
        #expect(dump[1] == "김밥    3,000원")
    }

    @Test("Rows scroll below a fixed header")
    func scrolling() {
        var grid = CellGrid(width: 17, height: 2)
        priceTable.render(into: &grid, in: grid.bounds, firstRow: 1)
        #expect(grid.lines() == ["이름       금액", "Pizza  12,000원 ↑"])
    }

    @Test func numberText() {
        #expect(NumberText.grouped(0) == "0")
        #expect(NumberText.grouped(999) == "999")
        #expect(NumberText.grouped(1000) == "1,000")
        #expect(NumberText.grouped(1_234_567) == "1,234,567")
        #expect(NumberText.grouped(-3000) == "-3,000")
        #expect(NumberText.won(12000) == "12,000원")
    }

    private func columnOf(_ text: String, in line: String) -> Int? {
        guard let range = line.firstRange(of: text) else { return nil }
        return String(line[..<range.lowerBound]).displayWidth
    }
}
