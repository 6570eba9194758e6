import Foundation

/// Every refusal the rules can give, by name. The message is what a person reads, so it says
/// what was wrong and, where it helps, what to do instead.
///
/// A value, not a string, so tests and screens can match on which rule was broken while the
/// wording stays in one place:
///
///     switch store.refusalToOrder(at: now) {
///     case nil: …                      // the store takes orders
///     case .storePaused?: …            // a screen may offer to wait
///     case let refusal?: print(refusal)
///         // "홍콩반점 is closed now (open 10:00-22:00); order during opening hours."
///     }
///
/// Refusals of the storage (a stale version, a full disk) are not here: they are the
/// engine's and the store's (`DeliveryError`, `EventStoreError`), since no rule was broken.
public enum RuleViolation: Error, Equatable, Sendable, CustomStringConvertible {
    // Accounts
    /// Someone signed up under exactly this name already.
    case nameTaken(String)
    case invalidName(String)
    /// Shorter than ``PasswordRule/lengths``.
    case weakPassword
    /// Sign-in with a password that does not match the account's hash (compared by the
    /// engine: the rules never see a password).
    case wrongPassword
    case unknownAccount(String)
    /// The command belongs to another role (a rider placing an order).
    case wrongRole(expected: Role, actual: Role)
    case alreadyFavourite(String)
    case notFavourite(String)

    // Stores and menus
    case storeAlreadyRegistered
    case unknownStore(String)
    case notYourStore
    /// A store's profile, settings or admission policy is out of bounds; the text says which.
    case invalidStoreDetail(String)
    case invalidBusinessNumber(String)
    case unknownMenuItem(String)
    case duplicateMenuItem(String)
    case invalidPrice(Int)
    /// Ordered outside the store's ``OpeningHours`` (Korean time).
    case storeClosed(name: String, hours: String)
    /// The owner set ``StoreMode/paused``.
    case storePaused(name: String)
    /// The store is already in the mode asked for: said, since the owner probably misread it.
    case modeUnchanged(String)

    // Carts and ordering
    case emptyCart
    case invalidQuantity(Int)
    /// The scenario's limit: at most 10 menu items in one order.
    case tooManyItems(count: Int)
    /// The scenario's other limit: one order, one store.
    case secondStore(cartStore: String, otherStore: String)
    case soldOut(String)
    case belowMinimum(subtotal: Won, minimum: Won)
    /// A placement on an order id that already has events (a retried placement that landed).
    case orderAlreadyExists

    // Order lifecycle
    case unknownOrder(String)
    case notYourOrder
    /// A payment asked or answered for an order that is not waiting for one.
    case notPayable(status: OrderStatus)
    case alreadyPaid
    /// The scenario's rule: a customer may cancel only before the store confirms.
    case cancelAfterConfirmation
    /// The order has already stopped (cancelled or rejected), or cannot be stopped this way.
    case notCancellable(status: OrderStatus)
    case notConfirmable(status: OrderStatus)
    /// The owner confirmed after the store's auto-cancel deadline: the order is the timer's.
    case confirmationWindowPassed(minutes: Int)
    case invalidCookingTime(Int)
    case invalidTravelTime(Int)
    /// An automatic cancellation (or a payment's expiry) asked for before its deadline:
    /// nothing changes, and a later timer tick asks again.
    case notDue(secondsLeft: Int)
    /// Two riders raced for one job; the other one got it.
    case jobTaken
    case notReadyForRider(status: OrderStatus)
    case notYourJob
    /// A rider tried to pick up food the owner has not marked ready ("delivery started").
    case deliveryNotStarted(status: OrderStatus)
    case notPickedUp(status: OrderStatus)
    case notDelivered(status: OrderStatus)
    /// The scenario's review window: reviews open 1 hour after delivery…
    case reviewTooEarly(opensInMinutes: Int)
    /// …and close 24 hours after it.
    case reviewWindowClosed
    case alreadyReviewed
    case invalidRating(Int)
    case reviewTooLong(Int)
    case noReviewToReply
    case alreadyReplied
    /// An owner rejecting an order must say why: the customer is told.
    case reasonRequired

    // Payments and transitions (issue 10)
    /// A second payment while the first still waits for its answer: both could be charged.
    /// The screens say "결제가 이미 진행 중이에요".
    case paymentInProgress
    /// `startDelivery` on an order that is not cooking (not yet confirmed, already on its way, or stopped).
    case notCooking(status: OrderStatus)
    /// A second `pickUp` (or one after delivery) by the rider who holds the job.
    case alreadyPickedUp(status: OrderStatus)
    /// `pickUp` or `markDelivered` on an open job that no rider has accepted yet.
    case jobNotAccepted
    /// An empty reply to a review: there is no "reason" to give, only nothing to say.
    case emptyReply

    // Time (issue 10)
    /// `clock` or `advance` on a live database, whose times are the wall clock.
    case liveClock
    /// A simulated time before 2000 or from 2100 on.
    case timeOutOfRange
    /// A simulated time earlier than an event already recorded.
    case timeRunsBackwards(newest: Date)
    /// One `advance` longer than ``SimulatedTimeRule/longestAdvance``.
    case advanceTooLong(seconds: TimeInterval)

    // Access (issue 10)
    /// A rider asked about an order that is neither theirs nor an open job.
    case notAnOpenJob
    /// Someone other than the store's owner asked for its sales.
    case salesAreTheOwners
    // Text and names (issue 10)
    /// Text for other people's screens holds a character ``FreeText`` refuses.
    case forbiddenCharacter(field: String, character: String, position: Int)
    /// Text longer than its ``FreeText/Field``'s bound.
    case textTooLong(field: String, maximum: Int, actual: Int)
    /// A sign-up name with the same ``NameKey`` as an existing account's (`ＡＬＩＣＥ`, `alice`).
    case nameResembles(typed: String, existing: String)
    /// A store name with the same ``NameKey`` as a registered store's (see ``StoreNameClaimEvent``).
    case storeNameTaken(typed: String, existing: String)
    /// Over ``PasswordRule/lengths`` or ``PasswordRule/maximumBytes``.
    case passwordTooLong(maximum: Int)
    /// A password of white space only.
    case blankPassword
    /// Too many wrong passwords: ``SignInBackoff`` makes the next try wait.
    case signInBackoff(secondsLeft: Int)

    // Addresses and remembered cards (issue 13)
    /// An order with no `to` address from a customer who keeps no default one.
    case noDeliveryAddress
    /// An address added or placed with nothing in it.
    case emptyAddress
    /// The account already keeps this address.
    case addressAlreadySaved(String)
    /// Removing or choosing an address the account does not keep.
    case unknownAddress(String)
    /// More than ``SavedAddresses/maximumCount`` addresses.
    case tooManyAddresses(maximum: Int)
    /// The account already remembers a card with this brand and last four digits.
    case cardAlreadyRemembered(String)
    /// Paying with or forgetting a card the account does not remember.
    case unknownRememberedCard(String)
    /// More than ``RememberedCards/maximumCount`` cards.
    case tooManyRememberedCards(maximum: Int)

    /// The message for the person at the terminal: what was wrong and what to do instead.
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
        case .noDeliveryAddress:
            "There is no address to deliver to: add one with `to \"…\"`, or save a default address first (`address add \"…\" default`)."
        case .emptyAddress: "The address is empty; type the road address and the unit, like \"서울 관악구 신림로 1, 101호\"."
        case .addressAlreadySaved(let address): "\(address) is already one of your addresses."
        case .unknownAddress(let address): "\(address) is not one of your addresses; add it first."
        case .tooManyAddresses(let maximum): "You can keep at most \(maximum) addresses; remove one first."
        case .cardAlreadyRemembered(let card): "\(card) is already remembered."
        case .unknownRememberedCard(let card): "No remembered card is \(card); pay with the card's number instead."
        case .tooManyRememberedCards(let maximum): "You can keep at most \(maximum) remembered cards; forget one first."
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

        // Payments and transitions (issue 10)
        case .paymentInProgress:
            "A payment is already in progress for this order; wait for its answer before paying again."
        case .notCooking(let status):
            switch status {
            case .deliveryStarted, .pickedUp, .delivered: "Delivery has already started: the order is \(status.label)."
            case .cancelled, .rejected: "Delivery cannot start: the order is \(status.label)."
            default: "Delivery starts once the order is confirmed and cooking; it is \(status.label)."
            }
        case .alreadyPickedUp(let status): "You have already picked up this order: it is \(status.label)."
        case .jobNotAccepted: "No rider has accepted this job yet; accept it first."
        case .emptyReply: "A reply cannot be empty; write what you want to tell the customer."
        // Time (issue 10)
        case .liveClock:
            "This database is live: it records the wall-clock time, so `clock`, `advance` and --clock cannot move it. To simulate time, run the script against a new database file (--db NEW.sqlite); a database a script sets a clock on stays simulated."
        case .timeOutOfRange: "A simulated time must fall between 2000 and 2099."
        case .timeRunsBackwards(let newest):
            "Time cannot run backwards: this database already holds an event recorded at \(Self.koreanTime(newest)) (Korean time); set the clock to that time or later."
        case .advanceTooLong(let seconds):
            "One `advance` moves the clock at most 366 days; \(Self.days(seconds)) is too far. Advance in smaller steps."
        // Access (issue 10)
        case .notAnOpenJob: "Riders see only the jobs they hold and the open ones; this order is neither."
        case .salesAreTheOwners: "Only the store's owner can see its sales; sign in as the owner."
        // Text and names (issue 10)
        case .forbiddenCharacter(let field, let character, let position):
            "The \(field) cannot hold \(character), at character \(position): it could change what other people's screens show. Delete it and type the text again."
        case .textTooLong(let field, let maximum, let actual):
            "A \(field) holds at most \(maximum) characters; this one has \(actual). Shorten it."
        case .nameResembles(let typed, let existing):
            "The name \(typed) is taken: it reads the same as the account \(existing) (names are compared ignoring upper/lower case and full-width letters). Choose another name, or sign in as \(existing)."
        case .storeNameTaken(let typed, let existing):
            "A store called \(existing) is already registered, and \(typed) would read the same (names are compared ignoring upper/lower case and full-width letters). Choose another name, e.g. with the branch: \"\(typed) 2호점\"."
        case .passwordTooLong(let maximum): "A password holds at most \(maximum) characters; choose a shorter one."
        case .blankPassword: "A password cannot be only spaces; choose one with letters, digits or symbols."
        case .signInBackoff(let seconds):
            "Too many wrong passwords for this account: wait \(Self.waitText(seconds)) before trying again."
        }
    }

    private static func koreanTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Seoul")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    private static func days(_ seconds: TimeInterval) -> String {
        let days = seconds / 86_400
        return days < 1_000_000 ? "\(Int(days)) days" : "more than a million days"
    }

    /// "45 s" or "3 min 5 s": how long a person waits, in the unit they think in.
    private static func waitText(_ seconds: Int) -> String {
        seconds < 60 ? "\(seconds) s" : seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds / 60) min \(seconds % 60) s"
    }
}
