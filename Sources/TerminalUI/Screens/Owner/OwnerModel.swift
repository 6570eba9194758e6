import DeliveryDomain
import DeliveryEngine
import Foundation

/// The owner's sections, reached with Tab or their number.
public enum OwnerSection: Int, CaseIterable, Equatable, Sendable {
    case incoming = 1, kitchen, store, menu, sales, reviews, pastOrders

    func title(in language: Language) -> String {
        let words: OwnerText =
            switch self {
            case .incoming: .incoming
            case .kitchen: .kitchen
            case .store: .storeSettings
            case .menu: .menu
            case .sales: .sales
            case .reviews: .reviews
            case .pastOrders: .pastOrders
            }
        return words.text(in: language)
    }
}

/// What an open prompt is for. Each page names its own prompts in its file, and reads them
/// back into an action there.
enum OwnerPromptPurpose: Equatable, Sendable {
    case incoming(IncomingPrompt)
    case kitchen(KitchenPrompt)
    case store(StoreSettingsPrompt)
    case menu(MenuEditorPrompt)
    case reviews(ReviewsPrompt)
}

/// A filled prompt read by its page: the action it asks for, or what is wrong with what was
/// typed, said in the prompt so the owner can fix it in place.
enum PromptAnswer: Equatable, Sendable {
    case send(Action)
    case refuse(String)
}

/// A signed-in owner's session: incoming orders with their auto-cancel countdown, the
/// kitchen queue, store settings, the menu editor, sales, reviews and past orders.
public struct OwnerModel: Equatable, Sendable {
    public let who: SignedIn
    public internal(set) var section: OwnerSection = .incoming
    var stores: [StoreSummary] = []
    var storesLoaded = false
    var ordersLoaded = false
    var storeIndex = 0
    /// The current store folded from its stream: mode, hours, settings and menu.
    var storeState: StoreState?
    /// Every order of the owner's stores still under way.
    var active: [OrderSummary] = []
    var incoming = SelectionList<OrderSummary>()
    var kitchen = SelectionList<OrderSummary>()
    var menu = SelectionList<MenuItem>()
    var sales: SalesFigures?
    var reviews = SelectionList<OrderSummary>()
    /// The review read whole (Enter on a review), while it is open.
    var openedReview: TextDetail?
    /// The current store's finished orders, read a page at a time, and the one opened.
    var pastOrders = PastOrdersBrowser()
    var notice: Notice?
    var prompt: OpenPrompt<OwnerPromptPurpose>?
    /// Incoming orders already seen, to announce new ones; nil before the first read.
    var knownIncoming: Set<String>?
    /// The current store's waiting queue and kitchen capacity, as last read.
    var admission: StoreAdmission?
    /// The store registration form, while it is open: the whole page for an owner without a store.
    var registration: StoreRegistrationForm?
    /// A store just registered: the session moves to it once the owner's stores are read again.
    var landingStore: StoreID?
    /// The SSH keys page, while it is open over the section.
    var sshKeys: SSHKeysPage?
    /// Orders this session confirmed or rejected itself: when they leave the incoming list
    /// there is nothing to tell.
    var answeredHere: Set<String> = []
    /// Orders that left the incoming list, while their stream is asked how they ended.
    var leaving: [String: OrderSummary] = [:]

    /// The language the session is worded in (see ``AppModel/language``).
    public let language: Language

    public init(who: SignedIn, size: TerminalSize, language: Language = .standard) {
        self.who = who
        self.language = language
        resize(size)
    }

    var actor: Actor { who.actor }
    var currentStore: StoreSummary? { stores.indices.contains(storeIndex) ? stores[storeIndex] : nil }

    mutating func resize(_ size: TerminalSize) {
        incoming.visibleRows = listRows(for: size, reserving: 7)
        kitchen.visibleRows = listRows(for: size, reserving: 3)
        menu.visibleRows = listRows(for: size)
        reviews.visibleRows = listRows(for: size, reserving: 4)
        pastOrders.list.visibleRows = listRows(for: size, reserving: 3)
    }

    var pageTitle: String {
        sshKeys != nil ? SSHKeysText.title.text(in: language) : registration == nil ? section.title(in: language) : words(.registerStore)
    }

    /// Orders of the current store that hold a place in its kitchen (waiting for the store's
    /// confirmation, cooking, or cooked and waiting for the rider).
    var ordersInKitchen: Int {
        active.filter { $0.storeId == currentStore?.storeId && AdmissionPolicy.kitchenStatuses.contains($0.orderStatus) }.count
    }

    /// Countdowns on the incoming page, delivery progress in the kitchen.
    var showsMovingTime: Bool {
        switch section {
        case .incoming: !incoming.isEmpty
        case .kitchen: !kitchen.isEmpty
        default: false
        }
    }
    var isEditingText: Bool { prompt != nil || registration != nil || sshKeys?.isEditingText == true }

    func refreshEffects() -> [Effect] {
        var fetches: [Fetch] = [.ownedStores(actor), .activeStoreOrders(actor)]
        fetches += storeFetches()
        return fetches.map(Effect.fetch)
    }

    /// Reads about the current store, for the section on screen.
    func storeFetches() -> [Fetch] {
        guard let store = currentStore?.id else { return [] }
        var fetches: [Fetch] = [.store(store)]
        if section == .incoming || section == .store { fetches.append(.admission(store)) }
        if section == .sales { fetches.append(.sales(store, actor)) }
        if section == .reviews { fetches.append(.reviews(store)) }
        if section == .pastOrders { fetches.append(.pastOrders(store, actor, after: nil)) }
        return fetches
    }
}
