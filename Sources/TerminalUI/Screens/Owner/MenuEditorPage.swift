import DeliveryDomain
import DeliveryEngine
import Foundation

/// What the menu editor asks in a prompt: a new item, or changes to one.
enum MenuEditorPrompt: Equatable, Sendable {
    case addItem
    case editItem(MenuItemID)
}

/// The menu editor: add and edit items, and mark them sold out (and back).
///
/// Keys: ↑/↓ j/k move; `a` adds an item; Enter or `e` edits the selected one; `s` or Space
/// toggles sold out.
extension OwnerModel {
    mutating func menuKey(_ key: Key) -> [Effect]? {
        if menu.handle(key) { return [] }
        guard let store = currentStore?.id else { return nil }
        switch key {
        case .character("a"):
            prompt = OpenPrompt(prompt: itemPrompt(title: "메뉴 추가", name: "", price: "", description: ""), purpose: .menu(.addItem))
            return []
        case .enter, .character("e"):
            guard let item = menu.selectedItem else { return [] }
            prompt = OpenPrompt(
                prompt: itemPrompt(
                    title: "메뉴 고치기", name: item.name, price: "\(item.price.amount)",
                    description: item.description),
                purpose: .menu(.editItem(item.id)))
            return []
        case .character("s"), .character(" "):
            guard let item = menu.selectedItem else { return [] }
            return [.send(.setSoldOut(item.id, store: store, !item.soldOut, by: actor))]
        default:
            return nil
        }
    }

    private func itemPrompt(title: String, name: String, price: String, description: String) -> Prompt {
        Prompt(
            title: title,
            fields: [
                Prompt.Field("이름", TextField(text: name, placeholder: "예: 짜장면", maxLength: 30)),
                Prompt.Field("가격(원)", TextField(text: price, placeholder: "7000", maxLength: 7, allowed: .digits)),
                Prompt.Field("설명", TextField(text: description, placeholder: "선택", maxLength: 60)),
            ],
            submitLabel: "저장", language: language)
    }

    /// Reads a filled item prompt: name, price in won (commas and 원 allowed), description.
    func menuAnswer(_ purpose: MenuEditorPrompt, _ prompt: Prompt, store: StoreID) -> PromptAnswer {
        guard let price = Int(prompt.text(1).filter { $0 != "," && $0 != "원" }) else {
            return .refuse("가격을 원 단위 숫자로 입력하세요 (예: 7000).")
        }
        switch purpose {
        case .editItem(let item):
            return .send(
                .editMenuItem(
                    item, store: store, name: prompt.text(0), price: Won(price),
                    description: prompt.text(2), by: actor))
        case .addItem:
            return .send(
                .addMenuItem(
                    store: store, name: prompt.text(0), price: Won(price), description: prompt.text(2),
                    by: actor))
        }
    }

    static func menuDone(_ action: Action, in language: Language) -> String? {
        switch action {
        case .addMenuItem(_, let name, _, _, _): "\(name)을(를) 메뉴에 넣었어요."
        case .editMenuItem(_, _, let name, _, _, _): "\(name)을(를) 고쳤어요."
        case .setSoldOut(_, _, let soldOut, _): soldOut ? "품절로 표시했어요." : "다시 판매해요."
        default: nil
        }
    }

    func menuEditorHints() -> [KeyHint] {
        [
            KeyHint(key: "a", .addMenuItem, in: language), KeyHint(key: "Enter/e", .edit, in: language), KeyHint(key: "s/Space", .toggleSoldOut, in: language),
            KeyHint(key: "↑↓/jk", .move, in: language),
        ]
    }

    func renderMenuEditor(into grid: inout CellGrid, in area: Rect) {
        let inside = grid.box(area, title: "메뉴 · \(currentStore?.name ?? "")", style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        if menu.isEmpty {
            grid.put(
                storeState == nil ? "메뉴를 불러오는 중…" : "메뉴가 비어 있어요. a로 첫 메뉴를 넣어 보세요.", x: inside.x,
                y: inside.y, style: .muted)
            return
        }
        let soldOut = menu.items.filter(\.soldOut).count
        grid.put("메뉴 \(menu.items.count)개 · 품절 \(soldOut)개", x: inside.x, y: inside.y, style: .muted)
        let rows = menu.items.map { item in
            TableRow(
                [item.name, item.description, item.price.description, item.soldOut ? "품절" : "판매 중"],
                style: item.soldOut ? .muted : nil)
        }
        let table = Table(
            columns: [
                TableColumn("메뉴"), TableColumn("설명", width: .flex(1)), TableColumn("가격", alignment: .right),
                TableColumn("상태"),
            ],
            rows: rows)
        let body = inside.inset(top: 2)
        table.render(
            into: &grid, in: body, selectedRow: menu.selectedIndex,
            firstRow: menu.firstVisibleIndex(forRows: table.bodyHeight(forHeight: body.height)))
    }
}
