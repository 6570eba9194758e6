public struct AccountState: Sendable, Equatable {
    public var account: AccountID?
    public var name: String = ""
    public var role: Role = .customer
    public var passwordHash: String = ""
    public var favourites: [StoreID] = []
    public var notificationsReadUpTo: Int64 = 0
    public var signInBackoff = SignInBackoff()

    public var exists: Bool { account != nil }
    public var actor: Actor? { account.map { Actor(account: $0, role: role) } }
}
