import Testing
import TerminalUI

@Suite("Selection list")
struct SelectionListTests {
    func thirtyOrders() -> SelectionList<Int> {
        SelectionList(items: Array(0..<30), visibleRows: 10)
    }

    @Test("j/k and arrows move one item, stopping at the ends")
    func stepping() {
        var list = thirtyOrders()
        #expect(list.selectedIndex == 0)
        let handledJ = list.handle(.character("j"))
        #expect(handledJ)
        let handledDown = list.handle(.down)
        #expect(handledDown)
        #expect(list.selectedIndex == 2)
        list.handle(.character("k"))
        list.handle(.up)
        list.handle(.up)
        #expect(list.selectedIndex == 0)
        #expect(list.scrollOffset == 0)
    }

    @Test("Home/End jump to the ends and scroll the selection into view")
    func ends() {
        var list = thirtyOrders()
        list.handle(.end)
        #expect(list.selectedIndex == 29)
        #expect(list.scrollOffset == 20)
        #expect(list.visibleRange == 20..<30)
        #expect(list.hasMoreAbove && !list.hasMoreBelow)
        list.handle(.home)
        #expect(list.selectedIndex == 0)
        #expect(list.scrollOffset == 0)
    }

    @Test("PgDn/PgUp move a page, keeping one item of context")
    func paging() {
        var list = thirtyOrders()
        list.handle(.pageDown)
        #expect(list.selectedIndex == 9)
        #expect(list.scrollOffset == 0)
        list.handle(.pageDown)
        #expect(list.selectedIndex == 18)
        #expect(list.scrollOffset == 9)
        list.handle(.pageDown)
        list.handle(.pageDown)
        #expect(list.selectedIndex == 29)
        list.handle(.pageUp)
        #expect(list.selectedIndex == 20)
        #expect(list.scrollOffset == 20)
    }

    @Test("Scrolling follows the selection one row at a time")
    func scrollsByRows() {
        var list = thirtyOrders()
        for _ in 0..<10 { list.handle(.down) }
        #expect(list.selectedIndex == 10)
        #expect(list.scrollOffset == 1)
    }

    @Test func otherKeysAreLeftToTheScreen() {
        var list = thirtyOrders()
        let usedX = list.handle(.character("x"))
        #expect(!usedX)
        let usedEnter = list.handle(.enter)
        #expect(!usedEnter)
    }

    @Test func emptyList() {
        var list = SelectionList<String>()
        #expect(list.selectedIndex == nil)
        #expect(list.selectedItem == nil)
        let handledWhenEmpty = list.handle(.down)
        #expect(handledWhenEmpty)
        #expect(list.selectedIndex == nil)
        list.replaceItems(["김밥"])
        #expect(list.selectedItem == "김밥")
    }

    @Test("Replacing items clamps the selection")
    func replaceClamps() {
        var list = thirtyOrders()
        list.handle(.end)
        list.replaceItems([1, 2, 3])
        #expect(list.selectedIndex == 2)
        #expect(list.scrollOffset == 0)
        list.replaceItems([])
        #expect(list.selectedIndex == nil)
    }

    @Test("A live-updating list keeps the same order selected")
    func keepsSelectionByIdentity() {
        struct Order: Identifiable, Equatable { let id: Int; let shop: String }
        var list = SelectionList(items: [Order(id: 7, shop: "김밥천국"), Order(id: 8, shop: "교촌")])
        list.handle(.down)
        list.replaceItems(keepingSelection: [
            Order(id: 9, shop: "새 주문"), Order(id: 7, shop: "김밥천국"),
            Order(id: 8, shop: "교촌"),
        ])
        #expect(list.selectedItem?.id == 8)
        list.replaceItems(keepingSelection: [Order(id: 9, shop: "새 주문")])
        #expect(list.selectedItem?.id == 9)
    }

    @Test("A newest-first list opened again selects its newest row until a key moves the selection")
    func returnToTopSelectsTheNewest() {
        struct Note: Identifiable, Equatable { let id: Int }
        var list = SelectionList(items: [Note(id: 2), Note(id: 1)])
        list.handle(.down)
        #expect(list.selectedItem?.id == 1)
        list.returnToTop()
        // Newer rows arrive above before the re-read lands: the newest is selected, not row 1.
        list.replaceItems(keepingSelection: [Note(id: 4), Note(id: 3), Note(id: 2), Note(id: 1)])
        #expect(list.selectedItem?.id == 4)
        list.handle(.down)
        list.replaceItems(keepingSelection: [Note(id: 5), Note(id: 4), Note(id: 3), Note(id: 2), Note(id: 1)])
        #expect(list.selectedItem?.id == 3, "once moved, the selection follows its row again")
    }

    @Test("Rendering shows the selection even if visibleRows is stale")
    func rendering() {
        var list = SelectionList(items: ["김밥", "라면", "떡볶이"], visibleRows: 10)
        list.handle(.end)
        var grid = CellGrid(width: 8, height: 2)
        list.render(into: &grid, in: grid.bounds) { $0 }
        // The last column is the scroll gutter: "라면" is not the first item.
        #expect(grid.lines() == ["라면   ↑", "떡볶이"])
        #expect(grid.styledDump().split(separator: "\n")[1] == "[reverse]떡볶이 [/]")
    }
}
