import Foundation

/// The account's rules: who may sign up under which name, changing a password, favourites, the sign-in back-off,
/// and the customer's delivery addresses and remembered cards.
///
/// A name is its account's stream key (``Identifier/forName(_:)``), so a second sign-up under
/// a name that reads the same lands on the first account's stream and is refused by name:
///
///     let signUp = AccountCommand.signUp(name: "김민지", role: .customer,
///                                        passwordLength: 12, passwordHash: hash, now: now)
///     let events = try AccountDecider.decide(signUp, AccountDecider.initialState)  // [.signedUp(…)]
///     try AccountDecider.decide(signUp, AccountDecider.fold(events))
///     // throws RuleViolation.nameTaken("김민지")
public enum AccountDecider: Decider {
    /// No account yet: the stream of a name nobody has signed up with.
    public static let initialState = AccountState()

    /// The events `command` records on the account, or the rule it breaks. Reading
    /// notifications twice (all of them, or one opened again), or signing in right without
    /// earlier failures, records nothing.
    public static func decide(_ command: AccountCommand, _ state: AccountState) throws(RuleViolation)
        -> [AccountEvent]
    {
        switch command {
        case .signUp(let rawName, let role, let passwordLength, let hash, let now):
            let name = try AccountName.validate(rawName)
            guard !state.exists else {
                throw state.name == name ? .nameTaken(name) : .nameResembles(typed: name, existing: state.name)
            }
            try PasswordRule.checkLength(passwordLength)
            return [.signedUp(.init(account: .forName(name), name: name, role: role, passwordHash: hash, at: now))]

        case .favourite(let store, let storeName, let actor, let now):
            try requireCustomer(actor, state)
            guard !state.favourites.contains(store) else { throw .alreadyFavourite(storeName) }
            return [.storeFavourited(.init(store: store, at: now))]

        case .unfavourite(let store, let storeName, let actor, let now):
            try requireCustomer(actor, state)
            guard state.favourites.contains(store) else { throw .notFavourite(storeName) }
            return [.storeUnfavourited(.init(store: store, at: now))]

        case .recordSignIn(let passwordMatched, let source, let now):
            guard state.exists else { throw .unknownAccount(rawAccountName(state)) }
            try checkThrottle(state, from: source, at: now)
            if passwordMatched {
                // A plain sign-in records nothing; one after failures from its source clears them.
                return state.signInThrottle.failures(from: source) > 0 ? [.signInSucceeded(.init(at: now, source: source))] : []
            }
            return [.signInFailed(.init(at: now, source: source))]

        case .changePassword(let verifiedHash, let length, let hash, let actor, let source, let now):
            guard state.exists, state.account == actor.account else { throw .unknownAccount(actor.account.rawValue) }
            try checkThrottle(state, from: source, at: now)
            guard state.passwordHash == verifiedHash else { throw .wrongCurrentPassword }
            try PasswordRule.checkLength(length)
            return [.passwordChanged(.init(passwordHash: hash, at: now))]

        case .resetPassword(let length, let hash, let now):
            guard state.exists else { throw .unknownAccount(rawAccountName(state)) }
            try PasswordRule.checkLength(length)
            return [.passwordChanged(.init(passwordHash: hash, at: now))]

        case .addAddress(let rawAddress, let rawNote, let makeDefault, let actor, let now):
            try requireCustomer(actor, state)
            let address = try DeliveryAddress.validated(rawAddress, note: rawNote)
            guard state.addresses.saved(address.address) == nil else { throw .addressAlreadySaved(address.address) }
            guard state.addresses.all.count < SavedAddresses.maximumCount else {
                throw .tooManyAddresses(maximum: SavedAddresses.maximumCount)
            }
            let added = AccountEvent.addressAdded(.init(address: address, at: now))
            // The first address is the default: a customer with one address never has to choose.
            guard makeDefault || state.addresses.preferred == nil else { return [added] }
            return [added, .defaultAddressSet(.init(address: address.address, at: now))]

        case .removeAddress(let typed, let actor, let now):
            try requireCustomer(actor, state)
            guard let address = state.addresses.saved(typed)?.address else { throw .unknownAddress(typed) }
            let removed = AccountEvent.addressRemoved(.init(address: address, at: now))
            // Removing the default hands the role to the oldest address left, so checkout still has one.
            guard state.addresses.defaultAddress == address,
                let next = state.addresses.all.first(where: { $0.address != address })
            else { return [removed] }
            return [removed, .defaultAddressSet(.init(address: next.address, at: now))]

        case .setDefaultAddress(let typed, let actor, let now):
            try requireCustomer(actor, state)
            guard let address = state.addresses.saved(typed)?.address else { throw .unknownAddress(typed) }
            guard state.addresses.defaultAddress != address else { return [] }
            return [.defaultAddressSet(.init(address: address, at: now))]

        case .rememberCard(let card, let actor, let now):
            try requireCustomer(actor, state)
            guard state.cards.card(card.description) == nil else { throw .cardAlreadyRemembered(card.description) }
            guard state.cards.all.count < RememberedCards.maximumCount else {
                throw .tooManyRememberedCards(maximum: RememberedCards.maximumCount)
            }
            return [.cardRemembered(.init(card: card, at: now))]

        case .forgetCard(let typed, let actor, let now):
            try requireCustomer(actor, state)
            guard let card = state.cards.card(typed) else { throw .unknownRememberedCard(typed) }
            return [.cardForgotten(.init(card: card.description, at: now))]

        case .markNotificationsRead(let position, let actor, let now):
            guard state.account == actor.account else { throw .notYourOrder }
            // Reading is idempotent: nothing new seen means nothing to record.
            guard position > state.notificationsReadUpTo else { return [] }
            return [.notificationsRead(.init(upToPosition: position, at: now))]

        case .markNotificationRead(let position, let actor, let now):
            guard state.account == actor.account else { throw .notYourOrder }
            // Opening a read notification again records nothing, as reading all twice does not.
            guard !state.hasRead(notificationAt: position) else { return [] }
            return [.notificationOpened(.init(position: position, at: now))]
        }
    }

    /// Refuses a password while the account's daily limit or its source's back-off runs, before
    /// anything about the password is decided.
    private static func checkThrottle(_ state: AccountState, from source: SignInSource, at now: Date) throws(RuleViolation) {
        let paused = state.signInThrottle.accountSecondsToWait(at: now)
        guard paused == 0 else { throw .passwordsPausedForAccount(secondsLeft: paused) }
        let wait = state.signInThrottle.secondsToWait(from: source, at: now)
        guard wait == 0 else { throw .signInBackoff(secondsLeft: wait) }
    }

    private static func rawAccountName(_ state: AccountState) -> String { state.name.isEmpty ? "?" : state.name }

    private static func requireCustomer(_ actor: Actor, _ state: AccountState) throws(RuleViolation) {
        guard state.account == actor.account else { throw .unknownAccount(actor.account.rawValue) }
        guard state.role == .customer else { throw .wrongRole(expected: .customer, actual: state.role) }
    }

    /// The account after `event`. Facts only: every check was made when the event was decided.
    public static func evolve(_ state: AccountState, _ event: AccountEvent) -> AccountState {
        var next = state
        switch event {
        case .signedUp(let e):
            next.account = e.account
            next.name = e.name
            next.role = e.role
            next.passwordHash = e.passwordHash
        case .storeFavourited(let e):
            next.favourites.append(e.store)
        case .storeUnfavourited(let e):
            next.favourites.removeAll { $0 == e.store }
        case .notificationsRead(let e):
            next.notificationsReadUpTo = max(next.notificationsReadUpTo, e.upToPosition)
            next.notificationsOpened = next.notificationsOpened.filter { $0 > next.notificationsReadUpTo }
        case .notificationOpened(let e):
            if e.position > next.notificationsReadUpTo { next.notificationsOpened.insert(e.position) }
        case .signInFailed(let e):
            next.signInThrottle.recordFailure(from: e.source ?? .unrecorded, at: e.at)
        case .signInSucceeded(let e):
            next.signInThrottle.recordSuccess(from: e.source)
        case .passwordChanged(let e):
            next.passwordHash = e.passwordHash
            next.passwordRevision += 1
            next.signInThrottle = SignInThrottle()
        case .addressAdded(let e):
            next.addresses.add(e.address)
        case .addressRemoved(let e):
            next.addresses.remove(e.address)
        case .defaultAddressSet(let e):
            next.addresses.makeDefault(e.address)
        case .cardRemembered(let e):
            next.cards.remember(e.card)
        case .cardForgotten(let e):
            next.cards.forget(e.card)
        }
        return next
    }
}
