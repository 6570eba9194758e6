import DeliveryDomain
import DeliveryEngine
import Foundation

/// The customer's sections, reached with Tab or their number.
public enum CustomerSection: Int, CaseIterable, Equatable, Sendable {
    case stores = 1, cart, orders, inbox

    func title(in language: Language) -> String {
        let words: CustomerText =
            switch self {
            case .stores: .stores
            case .cart: .cart
            case .orders: .orders
            case .inbox: .inbox
            }
        return words.text(in: language)
    }
}

/// A page opened on top of a section; Esc closes it.
enum CustomerPage: Equatable, Sendable {
    case menu(MenuPage)
    case checkout(CheckoutPage)
    case tracking(OrderID)
    case review(ReviewPage)
    case addresses(AddressesPage)
    case storeReviews(StoreReviewsPage)
}

/// What an open prompt is for. Each page names its own prompts in its file, and acts on
/// them there.
enum CustomerPromptPurpose: Equatable, Sendable {
    case cart(CartPrompt)
    case tracking(TrackingPrompt)
    case addresses(AddressesPrompt)
}

/// A signed-in customer's session: stores and menus, the cart and checkout, orders with
/// live tracking and reviews, and notifications.
public struct CustomerModel: Equatable, Sendable {
    public let who: SignedIn
    public internal(set) var section: CustomerSection = .stores
    var pages: [CustomerPage] = []
    var stores = StoresPage()
    public internal(set) var cart = Cart()
    /// The cart's store as it was last read, for prices, minimum order and sold-out items.
    var cartStore: StoreState?
    /// Set when checkout was refused because a price changed: the customer has been told, so
    /// the cart takes the store's prices as soon as it is read again.
    var requotesCart = false
    var cartSelection = 0
    /// The cart as this session last saved (or restored) it; nil when the saved copy is known
    /// to differ. See `CustomerModel+SavedCart.swift`.
    var cartAsSaved: Cart? = Cart()
    var orders = SelectionList<OrderSummary>()
    var inbox = InboxPage()
    var notice: Notice?
    var prompt: OpenPrompt<CustomerPromptPurpose>?
    /// The tracked order's details (pending payment, decline, place in the queue), as last read.
    var tracking: OrderTracking?
    /// The order whose cancel was asked for as leaving the queue, to word the answer.
    var leavingQueue: OrderID?
    /// The SSH keys page, while it is open over the section.
    var sshKeys: SSHKeysPage?
    /// A past order being put back into the cart, while its items and its store are read.
    var reorder: PendingReorder?
    /// The customer's own account as last read: addresses and remembered cards, for checkout
    /// and the addresses page.
    var account: AccountState?

    /// The language the session is worded in (see ``AppModel/language``).
    public let language: Language

    public init(who: SignedIn, size: TerminalSize, language: Language = .standard) {
        self.who = who
        self.language = language
        stores.search.placeholder = CustomerText.searchPlaceholder.text(in: language)
        resize(size)
    }

    var actor: Actor { who.actor }

    mutating func resize(_ size: TerminalSize) {
        stores.list.visibleRows = listRows(for: size, reserving: 1)
        orders.visibleRows = listRows(for: size)
        inbox.list.visibleRows = listRows(for: size)
    }

    /// What the current page is.
    enum Screen: Equatable {
        case stores, menu, cart, checkout, orders, tracking, review, inbox, addresses, storeReviews
    }

    var screen: Screen {
        switch pages.last {
        case .menu: .menu
        case .checkout: .checkout
        case .tracking: .tracking
        case .review: .review
        case .addresses: .addresses
        case .storeReviews: .storeReviews
        case nil:
            switch section {
            case .stores: .stores
            case .cart: .cart
            case .orders: .orders
            case .inbox: .inbox
            }
        }
    }

    var pageTitle: String {
        if sshKeys != nil { return SSHKeysText.title.text(in: language) }
        return switch pages.last {
        case .menu(let page): page.store.summary.name
        case .checkout: words(.checkout)
        case .tracking(let id): words(.order(id.rawValue))
        case .review: words(.writeReview)
        case .addresses: words(.addressesAndCards)
        case .storeReviews(let page): words(.storeReviewsTitle(page.storeName))
        case nil: section.title(in: language)
        }
    }

    var isEditingText: Bool {
        if prompt != nil || sshKeys?.isEditingText == true { return true }
        switch pages.last {
        case .checkout: return true
        case .review(let page): return page.isEditingText
        case nil: return section == .stores && stores.searching
        default: return false
        }
    }

    /// The reads that keep what this session shows up to date: notifications and orders
    /// always (toasts, tracking), plus the page on screen.
    func refreshEffects() -> [Effect] {
        var fetches: [Fetch] = [.notifications(actor), .history(actor)]
        switch screen {
        case .stores: fetches += [.stores(search: stores.search.text, category: stores.category, for: actor), .categories]
        case .menu:
            if case .menu(let page) = pages.last { fetches.append(.store(page.store.id)) }
        case .tracking:
            if case .tracking(let id) = pages.last { fetches.append(.tracking(id, actor)) }
        case .checkout, .addresses: fetches.append(.account(actor))
        case .storeReviews:
            if case .storeReviews(let page) = pages.last { fetches.append(.reviews(page.store)) }
        default: break
        }
        if let store = cart.store, !fetches.contains(.store(store)) { fetches.append(.store(store)) }
        return fetches.map(Effect.fetch)
    }

    func order(_ id: OrderID) -> OrderSummary? { orders.allItems.first { $0.id == id } }

    /// The tracked order's details, if they are this order's.
    func tracking(of id: OrderID) -> OrderTracking? { tracking?.order == id ? tracking : nil }

    /// Opens an order's tracking page and asks for its details.
    mutating func track(_ id: OrderID) -> [Effect] {
        pages.append(.tracking(id))
        if tracking?.order != id { tracking = nil }
        return [.fetch(.tracking(id, actor))]
    }

    /// A tracked order still moving shows a countdown or a progress bar.
    var showsMovingTime: Bool {
        guard case .tracking(let id) = pages.last, let order = order(id) else { return false }
        return order.orderStatus.isActive
    }

    mutating func replaceTop(_ page: CustomerPage) {
        guard !pages.isEmpty else { return }
        pages[pages.count - 1] = page
    }
}
