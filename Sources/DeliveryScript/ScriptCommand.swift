import DeliveryDomain
import Foundation
import DeliveryEngine
import Payments

/// How an order is named in a script: a label given when it was placed (`@lunch`), or its id.
public enum OrderRef: Equatable, Sendable, CustomStringConvertible {
    case label(String)
    case id(String)
    public var description: String {
        switch self {
        case .label(let label): "@\(label)"
        case .id(let id): id
        }
    }
}

public enum ScriptCommand: Equatable, Sendable {
    /// Text for the audience: the demo shows it as the step's caption; `run` prints it.
    case caption(String)
    case setClock(Date)
    case advance(seconds: TimeInterval)
    case signUp(role: Role, name: String, password: String)
    case signIn(name: String, password: String)
    case actAs(name: String)
    /// `password "current" to "new"`: the acting person changes their password.
    case changePassword(current: String, new: String)
    case registerStore(name: String, profile: StoreProfile, settings: StoreSettings)
    case setStoreMode(store: String, StoreMode)
    case setStoreHours(store: String, OpeningHours)
    case setAutoCancel(store: String, minutes: Int)
    /// Nil lifts the limit (`off`).
    case setKitchenCapacity(store: String, Int?)
    /// Nil lifts the limit (`off`).
    case setOrdersPerMinute(store: String, Int?)
    case addMenuItem(store: String, name: String, price: Int, description: String)
    case editMenuItem(store: String, name: String, newName: String?, price: Int?, description: String?)
    case setSoldOut(store: String, item: String, Bool)
    /// `menu STORE remove NAME`: the dish leaves the menu for good.
    case removeMenuItem(store: String, item: String)
    /// `store NAME details [address A] [category C] [minimum N] [fee N] [payout P]`: nil keeps
    /// what the store has. The name, business number and hours are not edited here.
    case updateStoreDetails(store: String, address: String?, category: String?, minimum: Int?, fee: Int?, payout: String?)
    case cartAdd(store: String, item: String, quantity: Int)
    case cartRemove(item: String)
    case cartClear
    /// `to` is where the rider goes (the customer's default address when nil); `payment` is a
    /// typed card (the payment module's ``CardDetails``, which never prints its number or CVC)
    /// or a remembered one with its CVC.
    case order(label: String?, to: String?, note: String?, payment: CheckoutPayment?)
    case pay(OrderRef, CheckoutPayment)
    /// `address add "…" [note "…"] [default]` on the acting customer's account.
    case addAddress(String, note: String?, makeDefault: Bool)
    case removeAddress(String)
    case setDefaultAddress(String)
    /// `card forget 4242`: a remembered card, by its last four digits or as shown.
    case forgetCard(String)
    case cancel(OrderRef, reason: String)
    case reject(OrderRef, reason: String)
    case confirm(OrderRef, minutes: Int?)
    case startDelivery(OrderRef, minutes: Int)
    case accept(OrderRef)
    /// `release @lunch`: the rider holding the job gives it back before pickup.
    case releaseJob(OrderRef)
    case pickUp(OrderRef)
    case deliver(OrderRef)
    case review(OrderRef, rating: Int, text: String)
    case reply(OrderRef, text: String)
    case favourite(store: String)
    case unfavourite(store: String)
    case readNotifications
    case show(ShowTarget)
    case expect(Expectation)
}

public enum ShowTarget: Equatable, Sendable {
    case stores(search: String, category: String?)
    case menu(store: String)
    case order(OrderRef)
    case timeline(OrderRef)
    case cart
    case history
    case notifications
    /// The acting customer's addresses (the default marked) and remembered cards.
    case addresses
    case incoming
    case inProgress
    case jobs
    case myJobs
    case sales(store: String)
    case reviews(store: String)
    /// The store's finished orders, newest first (its owner's `7 지난 주문` page, first page).
    case pastOrders(store: String)
}

public enum Countable: String, Equatable, Sendable, CaseIterable {
    case history, notifications, unread, incoming, jobs, stores, favourites, cart, addresses, cards
}

public enum Expectation: Equatable, Sendable {
    /// The previous command was refused, and its message holds this text when given.
    case refused(containing: String?)
    case succeeded
    case status(OrderRef, OrderStatus)
    case count(Countable, Int)
    case payment(String)
}
