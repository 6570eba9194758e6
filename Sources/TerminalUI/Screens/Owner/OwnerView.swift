import DeliveryDomain
import DeliveryEngine

extension OwnerModel {
    /// Keys shared by every owner page, after the page's own.
    private var sessionHints: [KeyHint] {
        [
            KeyHint(key: "Tab/1-\(OwnerSection.allCases.count)", .tabs, in: language), KeyHint(key: "q", .quit, in: language),
            KeyHint(key: "S-Tab", .previousTab, in: language),
            KeyHint(key: "Q", .signOut, in: language),
            SSHKeysPage.openingHint(in: language),
        ]
    }

    /// `[`/`]` moves between the owner's stores; first after help, so a footer at 80 columns shows it.
    private var storeSwitchHints: [KeyHint] {
        stores.count > 1 ? [KeyHint(key: "[/]", .switchStore, in: language)] : []
    }

    func hints(context: ScreenContext) -> [KeyHint] {
        if let form = registration { return registrationHints(form) }
        if let page = sshKeys {
            return page.isEditingText ? page.hints() : [KeyHint(key: "?", .help, in: language)] + page.hints() + sessionHints.dropLast()
        }
        if let open = prompt { return open.prompt.hints }
        let hints: [KeyHint]
        switch section {
        case .incoming: hints = incomingHints()
        case .kitchen: hints = kitchenHints()
        case .store: hints = storeHints()
        case .menu: hints = menuEditorHints()
        case .sales: hints = []
        case .reviews: hints = reviewsHints()
        case .pastOrders: hints = pastOrdersHints()
        }
        return [KeyHint(key: "?", .help, in: language)] + storeSwitchHints + hints + sessionHints
    }

    var tabs: [SectionTab] {
        OwnerSection.allCases.map { section in
            switch section {
            case .incoming:
                SectionTab(section.rawValue, section.title(in: language), badge: incoming.isEmpty ? nil : "\(incoming.items.count)")
            case .kitchen:
                SectionTab(section.rawValue, section.title(in: language), badge: kitchen.isEmpty ? nil : "\(kitchen.items.count)")
            default: SectionTab(section.rawValue, section.title(in: language))
            }
        }
    }

    func render(into grid: inout CellGrid, context: ScreenContext) -> CursorPosition? {
        var status = TimeText.clock(context.now)
        if let store = currentStore, let state = storeState {
            status = "\(store.name) · \(Availability(state, at: context.now).label(in: language)) · " + status
        }
        let layout = SessionLayout(
            title: "\(SessionWords.signedInBrand.text(in: language)) · \(who.name) (\(Role.owner.label(in: language)))", status: status,
            tabs: tabs,
            activeTab: section.rawValue, hints: hints(context: context), notice: sshKeys.map(\.notice) ?? notice,
            subheader: registration == nil ? storeSwitcherSpans() : nil,
            database: context.database?.short)
        let area = layout.render(into: &grid)
        if let form = registration { return renderRegistration(form, into: &grid, in: area) }
        if let page = sshKeys { return page.render(into: &grid, in: area) }
        guard currentStore != nil else {
            let inside = grid.box(area, title: words(.store), style: .accent).inset(top: 1, left: 2, right: 2)
            grid.put(words(.loadingStore), x: inside.x, y: inside.y, style: .muted)
            return nil
        }
        switch section {
        case .incoming: renderIncoming(into: &grid, in: area, context: context)
        case .kitchen: renderKitchen(into: &grid, in: area, context: context)
        case .store: renderStoreSettings(into: &grid, in: area, context: context)
        case .menu: renderMenuEditor(into: &grid, in: area)
        case .sales: renderSales(into: &grid, in: area)
        case .reviews: renderReviews(into: &grid, in: area)
        case .pastOrders: renderPastOrders(into: &grid, in: area)
        }
        return prompt?.prompt.render(into: &grid, in: area)
    }
}
