/// The three kinds of people the scenario names. An account has exactly one role.
public enum Role: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case customer, owner, rider
    public var description: String { rawValue }
}

/// Who is acting: every command carries it, and every decider checks it.
public struct Actor: Hashable, Sendable, Codable, CustomStringConvertible {
    public let account: AccountID
    public let role: Role
    public init(account: AccountID, role: Role) {
        self.account = account
        self.role = role
    }
    /// The system itself (timers) acts without an account.
    public static let system = Actor(account: AccountID("system"), role: .owner)
    public var isSystem: Bool { self == .system }
    public var description: String { isSystem ? "system" : "\(account) (\(role))" }
}
