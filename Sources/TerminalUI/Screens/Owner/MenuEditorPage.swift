import DeliveryDomain
import DeliveryEngine
import Foundation

/// What the menu editor asks in a prompt: a new item, or changes to one.
enum MenuEditorPrompt: Equatable, Sendable {
    case addItem
    case editItem(MenuItemID)
    /// The yes/no question before a dish is taken off the menu; the name is what it asks about.
    case removeItem(MenuItemID, name: String)
}

/// The menu editor: add and edit items, mark them sold out (and back), and remove them.
///
/// Keys: ↑/↓ j/k move; `a` adds an item; Enter or `e` edits the selected one; `s` or Space
/// toggles sold out; `d` or Delete removes the selected one after a yes/no question naming it
/// (for good: adding it again makes a new dish, so sold out is the key for "not today").
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
        case .character("d"), .delete:
            guard let item = menu.selectedItem else { return [] }
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: words(.removeTitle), lines: [words(.removeQuestion(item.name))],
                    submitLabel: words(.removeButton), language: language),
                purpose: .menu(.removeItem(item.id, name: item.name)))
            return []
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

    /// Reads a filled item prompt (name, price in won with commas and 원 allowed, description),
    /// or the answered removal question.
    func menuAnswer(_ purpose: MenuEditorPrompt, _ prompt: Prompt, store: StoreID) -> PromptAnswer {
        // The removal's question has no fields; the item prompts have a price to read.
        let price = Int(prompt.text(1).filter { $0 != "," && $0 != "원" && $0 != "₩" }).map { Won($0) }
        switch purpose {
        case .removeItem(let item, let name):
            return .send(.removeMenuItem(item, store: store, name: name, by: actor))
        case .editItem(let item):
            guard let price else { return .refuse(words(.priceAsNumber)) }
            return .send(
                .editMenuItem(
                    item, store: store, name: prompt.text(0), price: price,
                    description: prompt.text(2), by: actor))
        case .addItem:
            guard let price else { return .refuse(words(.priceAsNumber)) }
            return .send(
                .addMenuItem(
                    store: store, name: prompt.text(0), price: price, description: prompt.text(2),
                    by: actor))
        }
    }

    static func menuDone(_ action: Action, in language: Language) -> String? {
        switch action {
        case .addMenuItem(_, let name, _, _, _): OwnerMenuText.added(name).text(in: language)
        case .editMenuItem(_, _, let name, _, _, _): OwnerMenuText.edited(name).text(in: language)
        case .setSoldOut(_, _, let soldOut, _): (soldOut ? OwnerMenuText.markedSoldOut : .backOnSale).text(in: language)
        case .removeMenuItem(_, _, let name, _): OwnerMenuText.removed(name).text(in: language)
        default: nil
        }
    }

    func menuEditorHints() -> [KeyHint] {
        [
            KeyHint(key: "a", .addMenuItem, in: language), KeyHint(key: "Enter/e", .edit, in: language),
            KeyHint(key: "s/Space", .toggleSoldOut, in: language), KeyHint(key: "d/Del", .removeMenuItem, in: language),
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
