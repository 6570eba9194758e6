import DeliveryDomain
import Foundation

/// Where a batch learns the rows it has not met yet: the database for the projector, nothing
/// at all for a fold from the start of the log (a test, or a rebuild's first batch).
protocol ReadModelSource {
    func order(_ id: String) throws -> OrderSummary?
    func pendingPayment(_ order: String) throws -> PendingPaymentProjection.Request?
    func store(_ id: String) throws -> StoreSummary?
    func menu(_ store: String) throws -> [MenuEntry]
    func account(_ id: String) throws -> AccountProjection.Account?
}

/// No rows anywhere: the read models before the log's first event.
struct EmptyReadModels: ReadModelSource {
    func order(_ id: String) -> OrderSummary? { nil }
    func pendingPayment(_ order: String) -> PendingPaymentProjection.Request? { nil }
    func store(_ id: String) -> StoreSummary? { nil }
    func menu(_ store: String) -> [MenuEntry] { [] }
    func account(_ id: String) -> AccountProjection.Account? { nil }
}

/// Every read model as a pure fold over the log: fmodel's *View*, with ``initial`` as its
/// initial state and ``evolve(_:)`` as its `evolve`. Each projection (``OrderProjection``,
/// ``PendingPaymentProjection``, ``KitchenQueueProjection``, ``StoreProjection``,
/// ``AccountProjection``) says what its events do to these tables; none of them reads or
/// writes a database. ``ReadModelWriter`` alone turns the changed rows into SQL.
///
///     var state = ReadModelState.initial
///     for event in events { try state.evolve(event) }
///     state.orders.rows["ORDER1"]?.status  // "delivered"
///
/// A batch of the projector starts from the rows it needs, asked of its ``ReadModelSource``
/// once each; a fold from the log's first event needs none.
struct ReadModelState {
    var orders = ReadModelTable<String, OrderSummary>()
    /// Appended only, keyed by the event's position.
    var notifications: [NotificationEntry] = []
    /// Notifications opened one at a time, in log order; written after ``notifications``, so
    /// one opened in the same batch it arrived in finds its row.
    var openedNotifications: [AccountProjection.OpenedNotification] = []
    var pendingPayments = ReadModelTable<String, PendingPaymentProjection.Request>()
    var holdsToRelease = ReadModelTable<String, PendingPaymentProjection.Hold>()
    var kitchenQueue = ReadModelTable<String, KitchenQueueProjection.Queued>()
    var admissions = ReadModelTable<String, KitchenQueueProjection.Admission>()
    var admissionPolicies = ReadModelTable<String, AdmissionPolicy>()
    var stores = ReadModelTable<String, StoreSummary>()
    /// A store's whole menu is one entry: menus are short, a new dish goes after the last, and a
    /// removed one leaves the entry (the writer deletes its row).
    var menus = ReadModelTable<String, [MenuEntry]>()
    var accounts = ReadModelTable<String, AccountProjection.Account>()
    var favourites = ReadModelTable<AccountProjection.Favourite.Key, AccountProjection.Favourite>()
    /// Whether a password changed in the batch: no table holds passwords, but sessions learn
    /// from ``ReadModelRevision/passwords`` that one of theirs may have.
    var passwordsChanged = false

    let source: any ReadModelSource

    init(source: any ReadModelSource) {
        self.source = source
    }

    /// The read models of an empty log.
    static var initial: ReadModelState { ReadModelState(source: EmptyReadModels()) }

    mutating func evolve(_ event: ProjectedEvent) throws {
        switch event.body {
        case .order(let order): try OrderProjection.evolve(&self, order, order: event.entity, event)
        case .store(let store): try StoreProjection.evolve(&self, store, store: event.entity)
        case .admission(let admission): KitchenQueueProjection.evolve(&self, admission)
        case .account(let account): try AccountProjection.evolve(&self, account, account: event.entity)
        }
    }

    // Rows asked of the source on first use.

    mutating func order(_ id: String) throws -> OrderSummary? { try orders.row(id, load: source.order) }
    mutating func pendingPayment(_ order: String) throws -> PendingPaymentProjection.Request? {
        try pendingPayments.row(order, load: source.pendingPayment)
    }
    mutating func store(_ id: String) throws -> StoreSummary? { try stores.row(id, load: source.store) }
    mutating func menu(_ store: String) throws -> [MenuEntry] { try menus.row(store, load: source.menu) ?? [] }
    mutating func account(_ id: String) throws -> AccountProjection.Account? { try accounts.row(id, load: source.account) }
}
