import DeliveryDomain
import DeliveryEngine

extension CustomerModel {
    /// Keys shared by every customer page, after the page's own.
    private var sessionHints: [KeyHint] {
        [
            KeyHint(key: "Tab/1-4", .tabs, in: language), KeyHint(key: "q", .quit, in: language),
            KeyHint(key: "S-Tab", .previousTab, in: language),
            KeyHint(key: "Q", .signOut, in: language),
            SSHKeysPage.openingHint(in: language),
        ]
    }

    func hints(context: ScreenContext) -> [KeyHint] {
        if let page = sshKeys {
            return page.isEditingText ? page.hints() : [KeyHint(key: "?", .help, in: language)] + page.hints() + sessionHints.dropLast()
        }
        if let open = prompt { return open.prompt.hints }
        var hints: [KeyHint]
        switch screen {
        case .stores: hints = storesHints()
        case .menu: hints = menuHints()
        case .cart: hints = cartHints()
        case .checkout: return checkoutHints()
        case .orders: hints = ordersHints()
        case .tracking: hints = trackingHints()
        case .review: hints = reviewHints(context: context)
        case .inbox: hints = inboxHints()
        case .addresses: hints = addressesHints()
        case .storeReviews: hints = storeReviewsHints()
        }
        if !pages.isEmpty && !hints.contains(where: { $0.key == "Esc" }) { hints.append(KeyHint(.escape, .back, in: language)) }
        // While typing, ? and q are text, and Tab may belong to the form.
        if isEditingText { return hints }
        // A page that uses Tab and digits itself (the review form) keeps them; Esc leads out.
        let session = hints.contains { $0.key.hasPrefix("Tab") } ? [KeyHint(key: "q", .quit, in: language)] : sessionHints
        return [KeyHint(key: "?", .help, in: language)] + hints + session
    }

    var tabs: [SectionTab] {
        CustomerSection.allCases.map { section in
            switch section {
            case .cart:
                SectionTab(
                    section.rawValue, section.title(in: language), badge: cart.isEmpty ? nil : "\(cart.itemCount)/\(OrderLimits.maxItems)")
            case .orders:
                SectionTab(
                    section.rawValue, section.title(in: language),
                    badge: orders.allItems.contains { $0.orderStatus.isActive }
                        ? words(.activeOrders(orders.allItems.filter { $0.orderStatus.isActive }.count)) : nil)
            case .inbox: SectionTab(section.rawValue, section.title(in: language), badge: inbox.unread > 0 ? "\(inbox.unread)" : nil)
            case .stores: SectionTab(section.rawValue, section.title(in: language))
            }
        }
    }

    func render(into grid: inout CellGrid, context: ScreenContext) -> CursorPosition? {
        let layout = SessionLayout(
            title: "\(SessionWords.signedInBrand.text(in: language)) · \(who.name) (\(Role.customer.label(in: language))) · \(pageTitle)",
            status: TimeText.clock(context.now),
            tabs: tabs, activeTab: section.rawValue, hints: hints(context: context), notice: sshKeys.map(\.notice) ?? notice,
            database: context.database?.short)
        let area = layout.render(into: &grid)
        if let page = sshKeys { return page.render(into: &grid, in: area) }
        var cursor: CursorPosition?
        switch pages.last {
        case .menu(let page): renderMenu(page, into: &grid, in: area, context: context)
        case .checkout(let page): cursor = renderCheckout(page, into: &grid, in: area)
        case .tracking(let id): renderTracking(id, into: &grid, in: area, context: context)
        case .review(let page): cursor = renderReview(page, into: &grid, in: area, context: context)
        case .addresses(let page): renderAddresses(page, into: &grid, in: area)
        case .storeReviews(let page): renderStoreReviews(page, into: &grid, in: area)
        case nil:
            switch section {
            case .stores: cursor = renderStores(into: &grid, in: area, context: context)
            case .cart: renderCart(into: &grid, in: area, context: context)
            case .orders: renderOrders(into: &grid, in: area, context: context)
            case .inbox: renderInbox(into: &grid, in: area)
            }
        }
        if let open = prompt { cursor = open.prompt.render(into: &grid, in: area) }
        return cursor
    }
}
