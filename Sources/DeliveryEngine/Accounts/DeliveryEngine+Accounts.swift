import DeliveryDomain
import EventStore
import Foundation
import GRDB

extension DeliveryEngine {
    /// Signs up and returns the new account, signed in.
    ///
    /// The account's stream is keyed by the name's ``NameKey``, so `ＡＬＩＣＥ` and `alice`
    /// collide on it, across processes too. Accounts signed up before that keep their old key,
    /// so the read model is asked whether one of them reads the same.
    @discardableResult
    public func signUp(name: String, role: Role, password: String) async throws(DeliveryError) -> Actor {
        let canonical: String
        do {
            canonical = try AccountName.validate(name)
            try PasswordRule.check(password)
        } catch { throw .refused(error) }
        if let existing = try await legacyAccountNamedLike(canonical) {
            throw .refused(existing == canonical ? .nameTaken(canonical) : .nameResembles(typed: canonical, existing: existing))
        }
        let hash = try await hashed(password)
        let id = AccountID.forName(canonical)
        let length = password.count
        _ = try await run(AccountDecider.self, Streams.account(id), actor: id.rawValue) { _, now in
            .signUp(name: canonical, role: role, passwordLength: length, passwordHash: hash, now: now)
        }
        return Actor(account: id, role: role)
    }

    /// Checks the password against the stored salted hash, unless the back-off of the place it
    /// was typed at (``SignInThrottle``) still runs; then the refusal says how long to wait. A
    /// wrong password is recorded on the account's stream with its source, so every process
    /// counts it, and a guesser at one address slows only that address.
    public func signIn(name: String, password: String, from source: SignInSource = .thisMachine) async throws(DeliveryError)
        -> Actor
    {
        try await signInAccount(name: name, password: password, from: source).actor
    }

    /// ``signIn(name:password:)`` for a session: who signed in, under the name they signed up
    /// with, and the password revision that was checked, read together so that a change made
    /// after the check cannot pass for the one the session signed in with.
    public func signInAccount(name: String, password: String, from source: SignInSource = .thisMachine)
        async throws(DeliveryError) -> SignedInAccount
    {
        let (state, stream) = try await accountAndStream(named: name)
        guard try await passwordMatches(password, of: state, on: stream, from: source) else { throw .refused(.wrongPassword) }
        try await recordSignIn(on: stream, passwordMatched: true, from: source)  // clears its source's failures, if any
        guard let actor = state.actor else { throw .refused(.wrongPassword) }
        return SignedInAccount(actor: actor, name: state.name, passwordRevision: state.passwordRevision)
    }

    /// The account's password revision now (``AccountState/passwordRevision``): what a session
    /// compares with the one it signed in at when the pulse says some password changed.
    public func passwordRevision(of account: AccountID) async throws(DeliveryError) -> Int {
        do { return try await handler(AccountDecider.self).load(Streams.account(account)).state.passwordRevision } catch {
            throw DeliveryError.wrap(error)
        }
    }

    /// The check every password typed goes through, at sign-in or to change it: refused while
    /// its source's back-off or the account's daily limit runs (before the slow hash: the rule
    /// is asked with the attempt's outcome left for later), and a wrong one recorded on the
    /// account's stream, so every process counts it.
    private func passwordMatches(_ password: String, of state: AccountState, on stream: StreamID, from source: SignInSource)
        async throws(DeliveryError) -> Bool
    {
        do { _ = try AccountDecider.decide(.recordSignIn(passwordMatched: true, from: source, now: clock.now()), state) } catch {
            throw .refused(error)
        }
        guard try await verified(password, against: state.passwordHash) else {
            try await recordSignIn(on: stream, passwordMatched: false, from: source)
            return false
        }
        return true
    }

    /// A salted slow hash of `password`, the only form of it that is kept, made off the
    /// cooperative pool (``PasswordChecks``).
    private func hashed(_ password: String) async throws(DeliveryError) -> String {
        let hasher = hasher
        let made = try await slowPasswordWork(hasher.work) { Result { try hasher.hash(password) } }
        do { return try made.get() } catch { throw .storage("Could not hash the password: \(error)") }
    }

    /// Whether `password` is the one `stored` was hashed from, checked off the cooperative pool.
    private func verified(_ password: String, against stored: String) async throws(DeliveryError) -> Bool {
        let hasher = hasher
        return try await slowPasswordWork(PasswordHasher.work(of: stored) ?? 0) { hasher.verify(password, against: stored) }
    }

    /// Runs a hash of `work` on the password threads, or here when it is too cheap to be worth
    /// one (``PasswordHasher/workWorthAThread``).
    private func slowPasswordWork<Value: Sendable>(_ work: Int, _ body: @escaping @Sendable () -> Value)
        async throws(DeliveryError) -> Value
    {
        guard work >= PasswordHasher.workWorthAThread else { return body() }
        do { return try await passwordChecks.run(body) } catch {
            switch error {
            case .full: throw .passwordChecksBusy
            case .callerLeft: throw .passwordCheckAbandoned
            }
        }
    }

    /// Changes the signed-in person's password. The current one is asked again, so a session
    /// left open is not enough to take the account over, and it is checked as a sign-in is:
    /// refused while the back-off runs, and a wrong one recorded as a failed sign-in, so guessing
    /// here is throttled as at the door. The change applies only to the hash that was checked: a
    /// change made meanwhile (another session) refuses this one, which then asks again.
    /// Returns the new password revision, which the session that changed it keeps: the person's
    /// other sessions end, this one goes on.
    @discardableResult
    public func changePassword(current: String, new: String, as actor: Actor, from source: SignInSource = .thisMachine)
        async throws(DeliveryError) -> Int
    {
        do { try PasswordRule.check(new) } catch { throw .refused(error) }
        let stream = Streams.account(actor.account)
        let state: AccountState
        do { state = try await handler(AccountDecider.self).load(stream).state } catch { throw DeliveryError.wrap(error) }
        guard state.exists, state.account == actor.account else { throw .refused(.unknownAccount(actor.account.rawValue)) }
        guard try await passwordMatches(current, of: state, on: stream, from: source) else {
            throw .refused(.wrongCurrentPassword)
        }
        guard try await !verified(new, against: state.passwordHash) else { throw .refused(.samePassword) }
        let hash = try await hashed(new)
        let (verified, length) = (state.passwordHash, new.count)
        let outcome = try await run(AccountDecider.self, stream, actor: actor.account.rawValue) { _, now in
            .changePassword(
                verifiedHash: verified, newPasswordLength: length, newPasswordHash: hash, by: actor, from: source, now: now)
        }
        return outcome.state.passwordRevision
    }

    /// Sets a new password for the account `name` without the current one: the operator's way
    /// (`baedal password reset`) for someone who forgot theirs. The back-off is cleared with it.
    /// Returns the account's name as it was signed up.
    @discardableResult
    public func resetPassword(name: String, new: String) async throws(DeliveryError) -> String {
        do { try PasswordRule.check(new) } catch { throw .refused(error) }
        let (state, stream) = try await accountAndStream(named: name)
        guard state.exists else { throw .refused(.unknownAccount(name)) }
        let hash = try await hashed(new)
        let length = new.count
        _ = try await run(AccountDecider.self, stream, actor: "operator") { _, now in
            .resetPassword(newPasswordLength: length, newPasswordHash: hash, now: now)
        }
        return state.name
    }

    /// Decides the attempt again on the stream as it is after the (slow) hash: of many guesses
    /// racing through the first check, the first recorded failure starts the back-off and the
    /// rest are refused by it. A plain sign-in appends nothing and draws no id.
    private func recordSignIn(on stream: StreamID, passwordMatched: Bool, from source: SignInSource) async throws(DeliveryError) {
        for _ in 1...8 {
            do {
                let (state, version) = try await handler(AccountDecider.self).load(stream)
                let now = clock.now()
                let decided = try AccountDecider.decide(
                    .recordSignIn(passwordMatched: passwordMatched, from: source, now: now), state)
                guard let event = decided.first else { return }
                let id = ids.eventID()
                _ = try await store.append(
                    AppendRequest(
                        stream: stream, expectedVersion: .exactly(version),
                        events: [try codec.newEvent(event, id: id, metadata: EventMetadata(actor: "sign-in", correlationID: id))],
                        recordedAt: now))
                return
            } catch EventStoreError.wrongExpectedVersion {
                continue
            } catch {
                throw DeliveryError.wrap(error)
            }
        }
        throw .busy(stream: stream.rawValue, attempts: 8)
    }

    public func account(named name: String) async throws(DeliveryError) -> AccountState {
        try await accountAndStream(named: name).state
    }

    /// The account a typed name means: the one keyed by the name as typed under the old key
    /// (so accounts from before ``NameKey`` are found as they were), else by its ``NameKey``.
    func accountAndStream(named name: String) async throws(DeliveryError) -> (state: AccountState, stream: StreamID) {
        let typed = name.trimmingCharacters(in: .whitespaces)
        var candidates = [AccountID.legacyForName(typed)]
        if AccountID.forName(typed) != candidates[0] { candidates.append(AccountID.forName(typed)) }
        for id in candidates {
            let stream = Streams.account(id)
            let state: AccountState
            do { state = try await handler(AccountDecider.self).load(stream).state } catch {
                throw DeliveryError.wrap(error)
            }
            if state.exists { return (state, stream) }
        }
        throw .refused(.unknownAccount(name))
    }

    /// The name of an account signed up before accounts were keyed by ``NameKey`` whose name
    /// reads the same as `name`, if any. Every later account's key is its ``NameKey``, which
    /// the sign-up's append itself checks.
    ///
    /// One indexed look-up (`rm_accounts.name_key`): comparing every account's name instead made
    /// seeding an event day's 10,000 customers quadratic.
    func legacyAccountNamedLike(_ name: String) async throws(DeliveryError) -> String? {
        let key = NameKey(name).rawValue
        return try await read { db in
            try String.fetchOne(db.cachedStatement(sql: Self.lookalikeAccountSQL), arguments: [key, key])
        }
    }

    /// The first account whose name has the key (the first argument) but whose id is not that
    /// key (the second): one signed up before accounts were keyed by ``NameKey``.
    static let lookalikeAccountSQL = """
        SELECT name FROM rm_accounts WHERE name_key = ? AND account_id != ? ORDER BY signed_up_at, rowid LIMIT 1
        """

    public func favourite(_ storeID: StoreID, as actor: Actor) async throws(DeliveryError) {
        let name = try await storeState(storeID).name
        _ = try await run(AccountDecider.self, Streams.account(actor.account), actor: actor.account.rawValue) { _, now in
            .favourite(storeID, storeName: name, by: actor, now: now)
        }
    }

    public func unfavourite(_ storeID: StoreID, as actor: Actor) async throws(DeliveryError) {
        let name = try await storeState(storeID).name
        _ = try await run(AccountDecider.self, Streams.account(actor.account), actor: actor.account.rawValue) { _, now in
            .unfavourite(storeID, storeName: name, by: actor, now: now)
        }
    }

    /// Marks every notification the customer has so far as read.
    public func markNotificationsRead(as actor: Actor) async throws(DeliveryError) {
        let latest = try await read { db in
            try Int64.fetchOne(
                db, sql: "SELECT MAX(position) FROM rm_notifications WHERE account_id = ?",
                arguments: [actor.account.rawValue]) ?? 0
        }
        guard latest > 0 else { return }
        _ = try await run(AccountDecider.self, Streams.account(actor.account), actor: actor.account.rawValue) { _, now in
            .markNotificationsRead(upToPosition: latest, by: actor, now: now)
        }
    }

    /// Marks one notification, the one written at log `position`, as read: the customer opened
    /// it. Refused when the account has no notification there, so a mistyped position never
    /// records anything.
    public func markNotificationRead(at position: Int64, as actor: Actor) async throws(DeliveryError) {
        let isTheirs = try await read { db in
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM rm_notifications WHERE position = ? AND account_id = ?",
                arguments: [position, actor.account.rawValue]) ?? false
        }
        guard isTheirs else { throw .refused(.unknownNotification(position: position)) }
        _ = try await run(AccountDecider.self, Streams.account(actor.account), actor: actor.account.rawValue) { _, now in
            .markNotificationRead(position: position, by: actor, now: now)
        }
    }
}
