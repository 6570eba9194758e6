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
            prompt = OpenPrompt(prompt: itemPrompt(title: words(.addItem), name: "", price: "", description: ""), purpose: .menu(.addItem))
            return []
        case .enter, .character("e"):
            guard let item = menu.selectedItem else { return [] }
            prompt = OpenPrompt(
                prompt: itemPrompt(
                    title: words(.editItem), name: item.name, price: "\(item.price.amount)",
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
                Prompt.Field(
                    words(.nameLabel),
                    TextField(
                        text: name, placeholder: words(OwnerMenuText.namePlaceholder), maxLength: FreeText.Field.menuItemName.maxLength)),
                Prompt.Field(words(.priceLabel), TextField(text: price, placeholder: "7000", maxLength: 7, allowed: .digits)),
                Prompt.Field(
                    words(.descriptionLabel),
                    TextField(text: description, placeholder: words(.optional), maxLength: FreeText.Field.menuDescription.maxLength)),
            ],
            submitLabel: words(OwnerMenuText.save), language: language)
    }

    /// Reads a filled item prompt: name, price in won (commas and 원 allowed), description.
    func menuAnswer(_ purpose: MenuEditorPrompt, _ prompt: Prompt, store: StoreID) -> PromptAnswer {
        guard let price = Int(prompt.text(1).filter { $0 != "," && $0 != "원" && $0 != "₩" }) else {
            return .refuse(words(.priceAsNumber))
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
        case .addMenuItem(_, let name, _, _, _): OwnerMenuText.added(name).text(in: language)
        case .editMenuItem(_, _, let name, _, _, _): OwnerMenuText.edited(name).text(in: language)
        case .setSoldOut(_, _, let soldOut, _): (soldOut ? OwnerMenuText.markedSoldOut : .backOnSale).text(in: language)
        default: nil
        }
    }

    func menuEditorHints() -> [KeyHint] {
        [
            KeyHint(key: "a", .addMenuItem, in: language), KeyHint(key: "Enter/e", .edit, in: language),
            KeyHint(key: "s/Space", .toggleSoldOut, in: language),
            KeyHint(key: "↑↓/jk", .move, in: language), KeyHint(key: "/", .filter, in: language),
        ]
    }

    func renderMenuEditor(into grid: inout CellGrid, in area: Rect) {
        let inside = grid.box(area, title: words(.menuTitle(store: currentStore?.name ?? "")), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        if menu.isEmpty {
            grid.put(
                words(storeState == nil ? .loadingMenu : .emptyMenu), x: inside.x,
                y: inside.y, style: .muted)
            return
        }
        let soldOut = menu.items.filter(\.soldOut).count
        grid.put(words(.menuSummary(items: menu.items.count, soldOut: soldOut)), x: inside.x, y: inside.y, style: .muted)
        let rows = menu.items.map { item in
            TableRow(
                [item.name, item.description, item.price.text(in: language), words(item.soldOut ? .soldOut : .onSale)],
                style: item.soldOut ? .muted : nil)
        }
        let table = Table(
            columns: [
                TableColumn(words(.itemColumn)), TableColumn(words(.descriptionColumn), width: .flex(1)),
                TableColumn(words(.priceColumn), alignment: .right), TableColumn(words(OwnerMenuText.statusColumn)),
            ],
            rows: rows)
        let body = inside.inset(top: 2)
        table.render(
            into: &grid, in: body, selectedRow: menu.selectedIndex,
            firstRow: menu.firstVisibleIndex(forRows: table.bodyHeight(forHeight: body.height)))
    }
}
