import Testing
@testable import TerminalUI

/// `/` on a list of searchable rows: the widget narrows, keeps and clears by itself.
@Suite("Selection list filter")
struct SelectionListFilterTests {
    struct Dish: ListSearchable, Equatable, Identifiable {
        let id: String
        var searchableText: [String] { [id] }
    }

    func list() -> SelectionList<Dish> {
        SelectionList(items: ["짜장면", "짬뽕", "탕수육", "Fried Rice"].map(Dish.init))
    }

    @Test("Typing narrows, Enter keeps, Esc clears")
    func narrowKeepClear() {
        var list = list()
        let took1 = list.handle(.character("/"))
        #expect(took1)
        _ = list.handle(.character("ㅉ"))
        #expect(list.items.map(\.id) == ["짜장면", "짬뽕"])
        #expect(list.filterStatus?.shown == 2 && list.filterStatus?.total == 4)
        let took2 = list.handle(.character("j"))
        #expect(took2)  // typed, not a move
        #expect(list.items.isEmpty)
        _ = list.handle(.backspace)
        _ = list.handle(.enter)
        #expect(!list.filter.isEditing)
        let took3 = list.handle(.character("j"))
        #expect(took3)  // a move again
        #expect(list.selectedItem?.id == "짬뽕")
        let took4 = list.handle(.escape)
        #expect(took4)
        #expect(list.items.count == 4)
        let took5 = list.handle(.escape)
        #expect(!took5)  // nothing left to clear: Esc is the screen's
    }

    @Test("New rows are filtered as they arrive; Latin matches in any case")
    func replacingKeepsTheFilter() {
        var list = list()
        _ = list.handle(.character("/"))
        for character in "RICE" { _ = list.handle(.character(character)) }
        list.replaceItems(keepingSelection: list.allItems + [Dish(id: "Rice Cake")])
        #expect(list.items.map(\.id) == ["Fried Rice", "Rice Cake"])
        #expect(list.allItems.count == 5)
    }

    @Test("A list of rows that are not searchable leaves / to the screen")
    func notSearchable() {
        var list = SelectionList(items: [1, 2, 3])
        let took6 = list.handle(.character("/"))
        #expect(!took6)
    }
}
