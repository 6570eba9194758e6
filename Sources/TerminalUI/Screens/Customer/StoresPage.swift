import DeliveryDomain
import DeliveryEngine
import Foundation

/// The customer's first page: every store, favourites first, with search and a category
/// filter; while the payment gateway's breaker is open, a line saying orders are still taken.
///
/// Keys: ↑/↓ j/k PgUp/PgDn Home/End move; Enter or → opens the menu; `/` searches (typing
/// filters as you go, Enter keeps the filter, Esc clears it); `c`/`C` next/previous
/// category; `f` marks or unmarks a favourite.
struct StoresPage: Equatable, Sendable {
    var list = SelectionList<StoreRow>()
    var search = TextField(placeholder: CustomerText.searchPlaceholder.text(in: .standard), maxLength: 20)
    var searching = false
    var categories: [String] = []
    /// Nil shows every category.
    var category: String?
    var loaded = false

    /// Moves the category filter one step through "all" and the categories.
    mutating func cycleCategory(by step: Int) {
        let options: [String?] = [nil] + categories.map(Optional.some)
        let index = options.firstIndex(of: category) ?? 0
        category = options[(index + step + options.count) % options.count]
    }
}

extension CustomerModel {
    /// The answer to marking a store a favourite (here or on its menu), or unmarking it.
    mutating func favouriteFinished(_ on: Bool, _ result: Result<ActionOutcome, DeliveryError>) {
        switch result {
        case .success: notice = .success(words(on ? .favouriteAdded : .favouriteRemoved))
        case .failure(let error): notice = .refusal(error, in: language)
        }
    }

    mutating func storesKey(_ key: Key) -> [Effect]? {
        if stores.searching {
            switch key {
            case .enter:
                stores.searching = false
                return []
            case .escape:
                stores.searching = false
                stores.search.clear()
                return [.fetch(.stores(search: "", category: stores.category, for: actor))]
            case .up, .down, .pageUp, .pageDown:
                stores.list.handle(key)
                return []
            default:
                let before = stores.search.text
                guard stores.search.handle(key) else { return nil }
                if stores.search.text == before { return [] }
                return [.fetch(.stores(search: stores.search.text, category: stores.category, for: actor))]
            }
        }
        if stores.list.handle(key) { return [] }
        switch key {
        case .character("/"):
            stores.searching = true
            return []
        case .character("c"), .character("C"):
            stores.cycleCategory(by: key == .character("c") ? 1 : -1)
            return [.fetch(.stores(search: stores.search.text, category: stores.category, for: actor))]
        case .character("f"):
            guard let row = stores.list.selectedItem else { return [] }
            return [.send(.favourite(row.id, !row.isFavourite, by: actor))]
        case .enter, .right, .character("l"):
            guard let row = stores.list.selectedItem else { return [] }
            pages.append(.menu(MenuPage(store: row)))
            return [.fetch(.store(row.id))]
        default:
            return nil
        }
    }

    func storesHints() -> [KeyHint] {
        if stores.searching {
            return [
                KeyHint(.enter, .keepSearch, in: language), KeyHint(.escape, .clearSearch, in: language),
                KeyHint(key: "↑↓", .move, in: language), KeyHint(key: "C-u", .clear, in: language),
            ]
        }
        return [
            KeyHint(key: "Enter/→/l", .viewMenu, in: language), KeyHint(key: "/", .search, in: language),
            KeyHint(key: "c/C", .category, in: language),
            KeyHint(key: "f", .favourite, in: language), KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "PgUp/PgDn", .pageByPage, in: language), KeyHint(key: "Home/End", .firstLast, in: language),
        ]
    }

    /// The store's name, and the dishes a search found there: the reason it is listed.
    static func storeCell(_ row: StoreRow) -> String {
        guard !row.matchedDishes.isEmpty else { return row.summary.name }
        return row.summary.name + " · " + row.matchedDishes.joined(separator: ", ")
    }

    /// The status column: a closed store says when it opens ("10:30에 열어요", or "내일 10:30에
    /// 열어요" once it has closed for the night), so nobody opens its menu to find out.
    func availabilityCell(_ store: StoreSummary, at now: Date) -> String {
        let availability = Availability(store, at: now)
        guard availability == .closed, let opening = store.openingHours.nextOpening(after: now) else {
            return availability.label(in: language)
        }
        return words(.opensAt(clock: opening.clock, tomorrow: opening.isTomorrow))
    }

    func renderStores(into grid: inout CellGrid, in area: Rect, context: ScreenContext) -> CursorPosition? {
        let title = words(.stores) + " · " + (stores.category ?? words(.allCategories))
        let inside = grid.box(area, title: title, style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return nil }
        grid.put("/", x: inside.x, y: inside.y, style: stores.searching ? .accent.bold() : .muted)
        let field = Rect(x: inside.x + 2, y: inside.y, width: min(30, inside.width / 2), height: 1)
        let caret = stores.search.render(into: &grid, in: field, style: stores.searching ? .plain.underlined() : .plain)
        grid.put(
            words(.categoryFilter(stores.category)), in: inside.row(0).inset(left: field.width + 4),
            alignment: .right, style: .muted)

        var body = inside.inset(top: 2)
        if case .blocked = context.paymentSystem {
            grid.put(PaymentSystemStatus.storesNotice(in: language), x: inside.x, y: inside.y + 1, style: .warning, maxWidth: inside.width)
            body = inside.inset(top: 3)
        }
        if stores.list.isEmpty {
            let text =
                !stores.loaded
                ? words(.loadingStores)
                : stores.search.isEmpty && stores.category == nil
                    ? words(.noOpenStores)
                    : words(.noStoreFound)
            grid.put(text, x: body.x, y: body.y + 1, style: .muted, maxWidth: body.width)
            return stores.searching ? caret : nil
        }
        let rows = stores.list.items.map { row -> TableRow in
            let store = row.summary
            let availability = Availability(store, at: context.now)
            return TableRow(
                [
                    row.isFavourite ? "★" : " ", Self.storeCell(row), store.category,
                    availabilityCell(store, at: context.now),
                    NumberText.won(store.minimumOrder, in: language), NumberText.won(store.deliveryFee, in: language),
                    Stars.average(store.averageRating, count: store.ratingCount),
                ],
                style: availability == .closed || availability == .paused ? .muted : nil)
        }
        let table = Table(
            columns: [
                TableColumn("★", width: .fixed(1)), TableColumn(words(CustomerText.storeColumn), width: .flex(1)),
                TableColumn(words(.categoryColumn)), TableColumn(words(CustomerText.statusColumn)),
                TableColumn(words(.minimumColumn), alignment: .right), TableColumn(words(.feeColumn), alignment: .right),
                TableColumn(words(.ratingColumn)),
            ],
            rows: rows)
        let visible = table.bodyHeight(forHeight: body.height)
        table.render(
            into: &grid, in: body, selectedRow: stores.list.selectedIndex,
            firstRow: stores.list.firstVisibleIndex(forRows: visible))
        return stores.searching ? caret : nil
    }
}
