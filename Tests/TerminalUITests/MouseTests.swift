import Testing
@testable import TerminalUI

@Suite("Mouse reports and hit-testing")
struct MouseTests {
    // MARK: SGR reports

    func parse(_ text: String) -> MouseSequence.Parsed { MouseSequence.parse(Array(text.utf8)[...]) }

    @Test func sgrReportsBecomeEventsCountedFromZero() {
        #expect(parse("\u{1B}[<0;10;5M") == .complete(MouseEvent(.press(.left), column: 9, row: 4), length: 10))
        #expect(parse("\u{1B}[<2;1;1M") == .complete(MouseEvent(.press(.right), column: 0, row: 0), length: 9))
        #expect(parse("\u{1B}[<0;10;5m") == .complete(MouseEvent(.release, column: 9, row: 4), length: 10))
        #expect(parse("\u{1B}[<64;3;7M") == .complete(MouseEvent(.wheelUp, column: 2, row: 6), length: 10))
        #expect(parse("\u{1B}[<65;300;70Mrest") == .complete(MouseEvent(.wheelDown, column: 299, row: 69), length: 13))
        // Shift held (4) is still a left press; a drag (32) is read whole and dropped.
        #expect(parse("\u{1B}[<4;2;2M") == .complete(MouseEvent(.press(.left), column: 1, row: 1), length: 9))
        #expect(parse("\u{1B}[<32;2;2M") == .complete(nil, length: 10))
    }

    @Test func partialAndForeignSequences() {
        #expect(parse("\u{1B}") == .incomplete)
        #expect(parse("\u{1B}[<0;10") == .incomplete)
        #expect(parse("\u{1B}[A") == .notMouse)
        #expect(parse("\u{1B}[<0;;5M") == .notMouse)
        #expect(parse("\u{1B}[<0;1;2;3M") == .notMouse)
        #expect(parse("\u{1B}[<0;1x") == .notMouse)
    }

    // MARK: Buttons in the hint bar

    @Test func aHintPressesTheKeyItNamesFirst() {
        #expect(KeyHint(key: "Enter/→/l", action: "열기").pressedKey == .enter)
        #expect(KeyHint(key: "r", action: "모두 읽음").pressedKey == .character("r"))
        #expect(KeyHint(.escape, action: "뒤로").pressedKey == .escape)
        #expect(KeyHint(key: "C-u", action: "지우기").pressedKey == .ctrl("u"))
        #expect(KeyHint(key: "Tab/1-4", action: "탭").pressedKey == .tab)
        #expect(KeyHint(key: "↑↓/jk", action: "이동").pressedKey == nil)
        #expect(KeyHint(key: "1-4", action: "탭").pressedKey == nil)
        #expect(KeyHint(key: "[/]", action: "가게").pressedKey == .character("["))
        for key in [Key.enter, .escape, .tab, .backTab, .up, .pageDown, .character(" "), .character("가"), .function(2)] {
            #expect(Key(label: key.label) == key)
        }
    }

    @Test func theHintBarRecordsAButtonPerHint() {
        var grid = CellGrid(width: 40, height: 1)
        KeyHintBar([KeyHint(key: "q", action: "종료"), KeyHint(key: "↑↓", action: "이동"), KeyHint(.enter, action: "열기")])
            .render(into: &grid, in: grid.bounds)
        #expect(grid.lines()[0] == "q 종료  ↑↓ 이동  Enter 열기")
        #expect(
            grid.hitRegions == [
                HitRegion(Rect(x: 0, y: 0, width: 6, height: 1), .key(.character("q"))),
                HitRegion(Rect(x: 17, y: 0, width: 10, height: 1), .key(.enter)),
            ])
    }

    // MARK: Rows

    func table(selected: Int?) -> CellGrid {
        var grid = CellGrid(width: 20, height: 6)
        let rows = (1...8).map { TableRow(["가게 \($0)"]) }
        Table(columns: [TableColumn("이름", width: .flex(1))], rows: rows).render(
            into: &grid, in: grid.bounds, selectedRow: selected, firstRow: 0)
        return grid
    }

    func click(_ column: Int, _ row: Int) -> MouseEvent { MouseEvent(.press(.left), column: column, row: row) }

    @Test func aClickSelectsARowAndASecondClickOpensIt() {
        let grid = table(selected: 1)
        #expect(MouseRouting.keys(for: click(3, 0), on: grid).isEmpty)  // the header
        #expect(MouseRouting.keys(for: click(3, 1), on: grid) == [.up])
        #expect(MouseRouting.keys(for: click(3, 2), on: grid) == [.enter])
        #expect(MouseRouting.keys(for: click(3, 5), on: grid) == [.down, .down, .down])
        #expect(MouseRouting.keys(for: MouseEvent(.press(.right), column: 3, row: 5), on: grid).isEmpty)
        #expect(MouseRouting.keys(for: MouseEvent(.release, column: 3, row: 5), on: grid).isEmpty)
    }

    @Test func theWheelScrollsThreeRowsOverAListAndNothingElsewhere() {
        let grid = table(selected: 0)
        #expect(MouseRouting.keys(for: MouseEvent(.wheelDown, column: 3, row: 3), on: grid) == [.down, .down, .down])
        #expect(MouseRouting.keys(for: MouseEvent(.wheelUp, column: 19, row: 3), on: grid) == [.up, .up, .up])
        #expect(MouseRouting.keys(for: MouseEvent(.wheelUp, column: 3, row: 3), on: CellGrid(width: 20, height: 6)).isEmpty)
    }

    @Test func aListWithNothingSelectedTakesNoClicks() {
        #expect(table(selected: nil).hitRegions.isEmpty)
    }

    @Test func whileTypingOnlyNamedKeysArePressed() {
        var grid = table(selected: 1)
        grid.addHitRegion(Rect(x: 0, y: 5, width: 5, height: 1), .key(.character("r")))
        grid.addHitRegion(Rect(x: 10, y: 5, width: 5, height: 1), .key(.escape))
        #expect(MouseRouting.keys(for: click(3, 3), on: grid, editingText: true).isEmpty)
        #expect(MouseRouting.keys(for: click(1, 5), on: grid, editingText: true).isEmpty)
        #expect(MouseRouting.keys(for: click(11, 5), on: grid, editingText: true) == [.escape])
        #expect(MouseRouting.keys(for: MouseEvent(.wheelDown, column: 3, row: 3), on: grid, editingText: true).isEmpty)
    }

    @Test func clickRegionsAreNotPartOfWhatAGridLooksLike() {
        var marked = CellGrid(width: 4, height: 2)
        marked.addHitRegion(marked.bounds, .scrolls)
        #expect(marked == CellGrid(width: 4, height: 2))
        #expect(marked.hashValue == CellGrid(width: 4, height: 2).hashValue)
        var composed = CellGrid(width: 10, height: 5)
        composed.draw(marked, x: 3, y: 2)
        #expect(composed.hitRegions == [HitRegion(Rect(x: 3, y: 2, width: 4, height: 2), .scrolls)])
    }
}
