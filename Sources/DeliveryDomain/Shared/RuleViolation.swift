import Foundation

/// Every refusal the rules can give, by name. The message is what a person reads, so it says
/// what was wrong and, where it helps, what to do instead.
public enum RuleViolation: Error, Equatable, Sendable, CustomStringConvertible {
    // Accounts
    case nameTaken(String)
    case invalidName(String)
    case weakPassword
    case wrongPassword
    case unknownAccount(String)
    case wrongRole(expected: Role, actual: Role)
    case alreadyFavourite(String)
    case notFavourite(String)

    // Stores and menus
    case storeAlreadyRegistered
    case unknownStore(String)
    case notYourStore
    case invalidStoreDetail(String)
    case invalidBusinessNumber(String)
    case unknownMenuItem(String)
    case duplicateMenuItem(String)
    case invalidPrice(Int)
    case storeClosed(name: String, hours: String)
    case storePaused(name: String)
    case modeUnchanged(String)

    // Carts and ordering
    case emptyCart
    case invalidQuantity(Int)
    case tooManyItems(count: Int)
    case secondStore(cartStore: String, otherStore: String)
    case soldOut(String)
    case belowMinimum(subtotal: Won, minimum: Won)
    case orderAlreadyExists

    // Order lifecycle
    case unknownOrder(String)
    case notYourOrder
    case notPayable(status: OrderStatus)
    case alreadyPaid
    case cancelAfterConfirmation
    case notCancellable(status: OrderStatus)
    case notConfirmable(status: OrderStatus)
    case confirmationWindowPassed(minutes: Int)
    case invalidCookingTime(Int)
    case invalidTravelTime(Int)
    case notDue(secondsLeft: Int)
    case jobTaken
    case notReadyForRider(status: OrderStatus)
    case notYourJob
    case deliveryNotStarted(status: OrderStatus)
    case notPickedUp(status: OrderStatus)
    case notDelivered(status: OrderStatus)
    case reviewTooEarly(opensInMinutes: Int)
    case reviewWindowClosed
    case alreadyReviewed
    case invalidRating(Int)
    case reviewTooLong(Int)
    case noReviewToReply
    case alreadyReplied
    case reasonRequired

    public var description: String {
        switch self {
        case .nameTaken(let name): "The name \(name) is already taken; choose another name or sign in."
        case .invalidName(let why): "That name cannot be used: \(why)."
        case .weakPassword: "A password needs at least 8 characters."
        case .wrongPassword: "Wrong name or password."
        case .unknownAccount(let name): "No account is named \(name); sign up first."
        case .wrongRole(let expected, let actual):
            "Only \(expected == .owner ? "an" : "a") \(expected) can do that; you are signed in as \(actual == .owner ? "an" : "a") \(actual)."
        case .alreadyFavourite(let store): "\(store) is already one of your favourites."
        case .notFavourite(let store): "\(store) is not one of your favourites."
        case .storeAlreadyRegistered: "This store is already registered."
        case .unknownStore(let name): "No store is called \(name)."
        case .notYourStore: "That store belongs to another owner."
        case .invalidStoreDetail(let why): "The store's details are incomplete: \(why)."
        case .invalidBusinessNumber(let number):
            "\(number) is not a valid business registration number (10 digits, like 123-45-67891, with a correct check digit)."
        case .unknownMenuItem(let name): "The menu has no item called \(name)."
        case .duplicateMenuItem(let name): "The menu already has an item called \(name)."
        case .invalidPrice(let price): "A price must be between 1 and 1,000,000 won; \(price) is not."
        case .storeClosed(let name, let hours): "\(name) is closed now (open \(hours)); order during opening hours."
        case .storePaused(let name): "\(name) has paused new orders for now; try again later."
        case .modeUnchanged(let mode): "The store is already \(mode)."
        case .emptyCart: "The cart is empty; add a menu item first."
        case .invalidQuantity(let quantity): "A quantity must be between 1 and 10; \(quantity) is not."
        case .tooManyItems(let count): "An order can hold at most 10 items; this cart has \(count)."
        case .secondStore(let cartStore, let otherStore):
            "An order comes from one store only: the cart holds items from \(cartStore), not \(otherStore). Empty the cart to order from \(otherStore)."
        case .soldOut(let name): "\(name) is sold out."
        case .belowMinimum(let subtotal, let minimum):
            "This store's minimum order is \(minimum); the cart comes to \(subtotal)."
        case .orderAlreadyExists: "That order has already been placed."
        case .unknownOrder(let id): "No order \(id) exists."
        case .notYourOrder: "That order is not yours."
        case .notPayable(let status): "The order cannot be paid now: it is \(status.label)."
        case .alreadyPaid: "The order is already paid."
        case .cancelAfterConfirmation:
            "The store has already confirmed this order, so it can no longer be cancelled."
        case .notCancellable(let status): "The order cannot be cancelled: it is \(status.label)."
        case .notConfirmable(let status): "The order cannot be confirmed: it is \(status.label)."
        case .confirmationWindowPassed(let minutes):
            "The order was not confirmed within \(minutes) minutes of payment, so it is cancelled and refunded."
        case .invalidCookingTime(let minutes): "A cooking time must be 1 to 180 minutes; \(minutes) is not."
        case .invalidTravelTime(let minutes): "A travel time must be 1 to 180 minutes; \(minutes) is not."
        case .notDue(let seconds): "The order is not due for automatic cancellation yet (\(seconds) s left)."
        case .jobTaken: "Another rider has already taken this job."
        case .notReadyForRider(let status): "The order is not waiting for a rider: it is \(status.label)."
        case .notYourJob: "That job belongs to another rider."
        case .deliveryNotStarted(let status):
            "The store has not started delivery yet (the order is \(status.label)); pick up once the food is ready."
        case .notPickedUp(let status): "The order has not been picked up: it is \(status.label)."
        case .notDelivered(let status): "Only a delivered order can be reviewed; this one is \(status.label)."
        case .reviewTooEarly(let minutes):
            "Reviews open 1 hour after delivery; this one opens in \(minutes) minute\(minutes == 1 ? "" : "s")."
        case .reviewWindowClosed: "Reviews close 24 hours after delivery; this window has closed."
        case .alreadyReviewed: "This order has already been reviewed; each order takes one review."
        case .invalidRating(let rating): "A rating is 1 to 5 stars; \(rating) is not."
        case .reviewTooLong(let count): "A review holds at most 500 characters; this one has \(count)."
        case .noReviewToReply: "There is no review to reply to yet."
        case .alreadyReplied: "This review already has a reply."
        case .reasonRequired: "Give a reason, so the customer knows why."
        }
    }
}
