import Foundation

extension RuleViolation {
    /// The refusal in English. One case per line of the `switch`, with no `default`, so a new
    /// rule cannot be added without its English words.
    var english: String {
        switch self {
        case .nameTaken(let name): "The name \(name) is already taken; choose another name or sign in."
        case .invalidName(let problem): "That name cannot be used: \(problem.english)."
        case .weakPassword: "A password needs at least 8 characters."
        case .wrongPassword: "Wrong name or password."
        case .wrongCurrentPassword: "The current password is wrong; the password was not changed."
        case .samePassword: "The new password is the one you have now; choose another."
        case .unknownAccount(let name): "No account is named \(name); sign up first."
        case .wrongRole(let expected, let actual):
            "Only \(expected == .owner ? "an" : "a") \(expected) can do that; you are signed in as \(actual == .owner ? "an" : "a") \(actual)."
        case .alreadyFavourite(let store): "\(store) is already one of your favourites."
        case .notFavourite(let store): "\(store) is not one of your favourites."
        case .storeAlreadyRegistered: "This store is already registered."
        case .unknownStore(let name): "No store is called \(name)."
        case .notYourStore: "That store belongs to another owner."
        case .invalidStoreDetail(let problem): "The store's details are incomplete: \(problem.english)."
        case .invalidBusinessNumber(let number):
            "\(number) is not a valid business registration number (10 digits, like 123-45-67891, with a correct check digit)."
        case .unknownMenuItem(let name): "The menu has no item called \(name)."
        case .duplicateMenuItem(let name): "The menu already has an item called \(name)."
        case .menuItemRemoved(let name): "\(name) is no longer on the menu; take it out of the cart and order again."
        case .storeNameFixed(let name): "A store's name cannot be changed; it stays \(name)."
        case .businessNumberFixed(let number): "The business registration number cannot be changed; it stays \(number)."
        case .invalidPrice(let price): "A price must be between 1 and 1,000,000 won; \(price) is not."
        case .storeClosed(let name, let hours): "\(name) is closed now (open \(hours)); order during opening hours."
        case .storePaused(let name): "\(name) has paused new orders for now; try again later."
        case .modeUnchanged(let mode): "The store is already \(mode)."
        case .emptyCart: "The cart is empty; add a menu item first."
        case .invalidQuantity(let quantity): "A quantity must be between 1 and 10; \(quantity) is not."
        case .tooManyItems(let count): "An order can hold at most 10 items, not \(count)."
        case .secondStore(let cartStore, let otherStore):
            "An order comes from one store only: the cart holds items from \(cartStore), not \(otherStore). Empty the cart to order from \(otherStore)."
        case .soldOut(let name): "\(name) is sold out."
        case .priceChanged(let item, let quoted, let now):
            "The price of \(item) changed from \(quoted.text(in: .english)) to \(now.text(in: .english)). Check the new total and order again."
        case .belowMinimum(let subtotal, let minimum):
            "This store's minimum order is \(minimum.text(in: .english)); the cart comes to \(subtotal.text(in: .english))."
        case .orderAlreadyExists: "That order has already been placed."
        case .unknownOrder(let id): "No order \(id) exists."
        case .notYourOrder: "That order is not yours."
        case .noDeliveryAddress:
            "There is no address to deliver to: add one with `to \"…\"`, or save a default address first (`address add \"…\" default`)."
        case .emptyAddress: "The address is empty; type the road address and the unit, like \"서울 관악구 신림로 1, 101호\"."
        case .addressAlreadySaved(let address): "\(address) is already one of your addresses."
        case .unknownAddress(let address): "\(address) is not one of your addresses; add it first."
        case .tooManyAddresses(let maximum): "You can keep at most \(maximum) addresses; remove one first."
        case .cardAlreadyRemembered(let card): "\(card) is already remembered."
        case .unknownRememberedCard(let card): "No remembered card is \(card); pay with the card's number instead."
        case .tooManyRememberedCards(let maximum): "You can keep at most \(maximum) remembered cards; forget one first."
        case .unknownNotification(let position):
            "You have no notification \(position); open one from your notifications list."
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
        case .noRiderToRelease: "No rider holds this job, so there is nothing to give back."
        case .releaseAfterPickUp(let status): "A job can be given back only before pick-up: the order is \(status.label)."
        case .emptyReply: "A reply cannot be empty; write what you want to tell the customer."
        case .liveClock:
            "This database is live: it records the wall-clock time, so `clock`, `advance` and --clock cannot move it. To simulate time, run the script against a new database file (--db NEW.sqlite); a database a script sets a clock on stays simulated."
        case .timeOutOfRange: "A simulated time must fall between 2000 and 2099."
        case .timeRunsBackwards(let newest):
            "Time cannot run backwards: this database already holds an event recorded at \(MessageTime.korean(newest)) (Korean time); set the clock to that time or later."
        case .advanceTooLong(let seconds):
            "One `advance` moves the clock at most 366 days; \(Self.days(seconds)) is too far. Advance in smaller steps."
        case .notAnOpenJob: "Riders see only the jobs they hold and the open ones; this order is neither."
        case .salesAreTheOwners: "Only the store's owner can see its sales; sign in as the owner."
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
            "Too many wrong passwords for this account: wait \(MessageTime.englishWait(seconds)) before trying again."
        case .passwordsPausedForAccount(let seconds):
            "Wrong passwords for this account came from many places today, so passwords are not checked for it for \(MessageTime.englishLongWait(seconds)). Sign in with an SSH key meanwhile, or ask the operator to reset the password."
        }
    }

    private static func days(_ seconds: TimeInterval) -> String {
        let days = seconds / 86_400
        return days < 1_000_000 ? "\(Int(days)) days" : "more than a million days"
    }
}

extension NameProblem {
    var english: String {
        switch self {
        case .length(let name, let count): "a name has 2 to 20 characters, \"\(name)\" has \(count)"
        case .characters: "use letters (Hangul too), digits, '-', '_' or '.'; no spaces"
        case .reserved(let name): "\"\(name)\" is kept for the system; choose another name"
        case .mixedScripts(let first, let second): LookalikeScripts.english(first, second)
        }
    }
}

extension StoreDetailProblem {
    var english: String {
        switch self {
        case .missing(let field): "the \(field == .storeName ? "name" : field.label) is missing"
        case .payoutAccountWithoutNumber: "the payout account needs a bank and an account number, like \"국민 123-456-789\""
        case .minimumOrderOutOfRange: "the minimum order must be 0 to 1,000,000 won"
        case .deliveryFeeOutOfRange: "the delivery fee must be 0 to 100,000 won"
        case .autoCancelOutOfRange: "the auto-cancel time must be 1 to 60 minutes"
        case .cookingEstimateOutOfRange: "cooking estimates must be 1 to 180 minutes"
        case .menuItemNameLength: "a menu item's name has 1 to 30 characters"
        case .kitchenCapacity(let capacity): "kitchen capacity must be between 1 and 500 orders, not \(capacity)"
        case .ordersPerMinute(let rate): "orders per minute must be between 1 and 1000, not \(rate)"
        case .openingHours(let text): "opening hours look like 10:00-22:00, not \"\(text)\""
        case .mixedScripts(let first, let second): "the name " + LookalikeScripts.english(first, second)
        }
    }
}
