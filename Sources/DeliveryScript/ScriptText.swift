import DeliveryDomain
import DeliveryEngine
import Foundation

/// Every line `baedal run` prints about a step, in each language: the script runner's part of
/// the message catalog. A case is the facts; ``text(in:)`` words them with one exhaustive
/// `switch` per language, so no line can exist in one language only.
///
/// Store, menu and person names are printed as typed; times are Korea's (`KoreanTime`).
public enum ScriptText: Equatable, Sendable, Localized {
    case clockSet(Date)
    case clockAdvanced(Date, autoCancelled: [String])
    case signedUp(name: String, role: Role)
    case signedIn(name: String)
    case actingAs(name: String, role: Role)
    case registeredStore(name: String, id: String)
    case storeMode(store: String, mode: StoreMode)
    case storeHours(store: String, hours: String)
    case autoCancel(store: String, minutes: Int)
    case kitchenCapacity(store: String, capacity: Int?)
    case ordersPerMinute(store: String, rate: Int?)
    case menuItemAdded(name: String, price: Won, store: String)
    case menuItemEdited(name: String, store: String)
    case menuItemRemoved(name: String, store: String)
    case storeDetailsUpdated(store: String)
    case soldOut(name: String, soldOut: Bool)
    /// After `cart add`: how many items, from which store.
    case cartAdded(items: Int, store: String)
    /// After `cart remove`.
    case cartRemoved(items: Int)
    /// `show cart`; an empty store name when the cart is empty.
    case cartShown(items: Int, store: String)
    case cartEmptied
    /// `to`: the delivery address and note, on one line.
    case orderPlaced(order: String, store: String, total: Won, to: String, payment: PaymentResult?)
    case addressSaved(address: String, isDefault: Bool)
    case addressRemoved(String)
    case defaultAddress(String)
    case cardForgotten(String)
    case passwordChanged
    /// `show addresses`.
    case addressCount(addresses: Int, cards: Int)
    /// `show order`'s detail lines: where a rider collects, and where they go.
    case pickUp(store: String, address: String)
    case deliverTo(address: String, note: String?)
    case payment(order: String, PaymentResult)
    case cancelled(order: String, refund: Won?)
    case rejected(order: String, reason: String, refund: Won?)
    case confirmed(order: String, readyAt: String)
    case deliveryStarted(order: String, minutes: Int)
    case accepted(order: String, rider: String)
    case released(order: String, rider: String)
    case pickedUp(order: String)
    case delivered(order: String)
    case reviewed(order: String, rating: Int)
    case replied(order: String)
    case favourite(store: String)
    case unfavourite(store: String)
    case notificationsRead
    case letIntoKitchen(orders: [String])
    case refused(String)

    // `show`
    case storeCount(Int)
    /// `opens`: when a closed store opens next (clock, and whether that is tomorrow); `dishes`:
    /// the menu items a search matched.
    case storeLine(
        favourite: Bool, name: String, category: String, availability: String, opens: NextOpening?,
        minimum: Won, fee: Won, rating: Double?, dishes: [String])
    case menuCount(Int)
    case menuLine(name: String, price: Won, soldOut: Bool)
    case orderStatus(order: String, OrderStatus)
    /// An order's line in a list (history, incoming, jobs).
    case orderLine(order: String, placedAt: String, store: String, summary: String, total: Won, status: OrderStatus)
    case timelineCount(order: String, Int)
    case timelineLine(at: String, type: String, actor: String)
    case historyCount(Int)
    case notificationCount(Int)
    case incomingCount(Int)
    case inProgressCount(Int)
    case openJobCount(Int)
    case jobsInHand(Int)
    case sales(store: String, delivered: Int, revenue: Won, rating: Double?, reviews: Int)
    case reviewCount(Int)
    /// `show past`: how many finished orders are listed, and whether older ones were left out.
    case pastOrderCount(Int, older: Bool)
    case pastOrderLine(order: String, placedAt: String, summary: String, total: Won, outcome: PastOrder.Outcome)

    // `expect`: each says what was found; a failed one what was expected.
    case expectedRefusalGotSuccess
    case expectedRefusalMentioning(fragment: String, got: String)
    case refusedAsExpected
    case expectedSuccessGotRefusal(String)
    case ok
    case statusIs(order: String, OrderStatus)
    case expectedStatus(order: String, expected: OrderStatus, actual: OrderStatus)
    case countIs(Int, Countable)
    case expectedCount(Int, Countable, found: Int)
    case paymentIs(String)
    case expectedPayment(String, was: String)

    // Failures and the summary
    case refusalNotExpected(line: Int)
    case failedExpectation(line: Int, String)
    case summary(commands: Int, expectations: Int, failed: Int)
    case noOneSignedIn
    case unknownLabel(String)
    case notSignedInHere(name: String)

    public func text(in language: Language) -> String {
        switch language {
        case .korean: korean
        case .english: english
        }
    }
}
