/// An account as its events leave it: what ``AccountDecider`` decides on, and what the
/// engine signs a person in with.
public struct AccountState: Sendable, Equatable {
    /// Nil until someone signs up under the stream's name.
    public var account: AccountID?
    /// The name as it was typed at sign-up (the id is its folded ``NameKey``).
    public var name: String = ""
    /// Chosen at sign-up, for good: one account, one role.
    public var role: Role = .customer
    /// A salted slow hash; the engine compares a typed password with it, the rule never sees one.
    public var passwordHash: String = ""
    /// How many times the password was changed (or reset). A session remembers the revision it
    /// signed in at and ends when it moves: changing a password is how a person shuts out
    /// whoever else has it, so their open sessions must not outlive it.
    public var passwordRevision = 0
    /// Favourite stores, in the order they were marked.
    public var favourites: [StoreID] = []
    /// The log position of the newest notification seen; later ones count as unread.
    public var notificationsReadUpTo: Int64 = 0
    /// Notifications after ``notificationsReadUpTo`` opened one at a time; the mark moving
    /// past them forgets them, so the set stays as small as the unread list.
    public var notificationsOpened: Set<Int64> = []
    /// How long the next password waits, by where it is typed.
    public var signInThrottle = SignInThrottle()
    /// Where the customer has orders delivered.
    public var addresses = SavedAddresses()
    /// Cards kept as tokens for one-key checkout.
    public var cards = RememberedCards()

    /// Whether the notification written at `position` has been read, by the mark or by opening it.
    public func hasRead(notificationAt position: Int64) -> Bool {
        position <= notificationsReadUpTo || notificationsOpened.contains(position)
    }

    /// Whether anyone has signed up under this stream's name.
    public var exists: Bool { account != nil }
    /// Who the account acts as once signed in; nil before sign-up.
    public var actor: Actor? { account.map { Actor(account: $0, role: role) } }
}
