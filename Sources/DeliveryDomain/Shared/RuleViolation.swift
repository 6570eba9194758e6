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
public enum RuleViolation: Error, Equatable, Sendable, CustomStringConvertible, Localized {
    // Accounts
    /// Someone signed up under exactly this name already.
    case nameTaken(String)
    /// A sign-up name of the wrong length or with characters a name cannot hold.
    case invalidName(NameProblem)
    /// Shorter than ``PasswordRule/lengths``.
    case weakPassword
    /// Sign-in with a password that does not match the account's hash (compared by the
    /// engine: the rules never see a password).
    case wrongPassword
    /// A password change whose current password does not match (compared by the engine).
    case wrongCurrentPassword
    /// A password change to the password the account already has.
    case samePassword
    case unknownAccount(String)
    /// The command belongs to another role (a rider placing an order).
    case wrongRole(expected: Role, actual: Role)
    case alreadyFavourite(String)
    case notFavourite(String)

    // Stores and menus
    case storeAlreadyRegistered
    case unknownStore(String)
    case notYourStore
    /// A store's profile, settings or admission policy is out of bounds; the problem says which.
    case invalidStoreDetail(StoreDetailProblem)
    case invalidBusinessNumber(String)
    case unknownMenuItem(String)
    case duplicateMenuItem(String)
    /// The dish was taken off the menu (``StoreCommand/removeMenuItem(_:by:now:)``): it can no
    /// longer be ordered, edited or removed again. Adding it again makes a new dish.
    case menuItemRemoved(String)
    /// A store's name stays as registered: its claim (``StoreNameClaimEvent``) is the name's
    /// only guard against a look-alike, and it is taken once.
    case storeNameFixed(String)
    /// The business registration number identifies the business the store pays out to.
    case businessNumberFixed(String)
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
    /// The dish's price changed after it went into the cart: the order is not charged at a
    /// price the customer was not shown.
    case priceChanged(item: String, quoted: Won, now: Won)
    case belowMinimum(subtotal: Won, minimum: Won)
    /// A placement on an order id that already has events (a retried placement that landed).
    case orderAlreadyExists

    // Order lifecycle
    case unknownOrder(String)
    case notYourOrder
    /// A notification opened by its log position that the account does not have.
    case unknownNotification(position: Int64)
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
    /// `releaseJob` on a job no rider holds: there is nothing to give back.
    case noRiderToRelease
    /// `releaseJob` after the food was picked up (or delivered): only the holder can finish it now.
    case releaseAfterPickUp(status: OrderStatus)
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
    /// So many wrong passwords from everywhere within a day (``SignInThrottle/accountLimit``)
    /// that no password is checked for the account until the oldest of them is a day old.
    case passwordsPausedForAccount(secondsLeft: Int)

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

    /// The message in the standard language (Korean). A session or a run that reads another
    /// language asks ``text(in:)`` with its own.
    public var description: String { text(in: .standard) }

    /// The message for the person at the terminal, in their language: what was wrong and what
    /// to do instead. The words are in `Messages/RuleViolation+Korean.swift` and `+English.swift`.
    public func text(in language: Language) -> String {
        switch language {
        case .korean: korean
        case .english: english
        }
    }
}
