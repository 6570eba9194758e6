/// The three kinds of people the scenario names. An account has exactly one role.
///
/// The role decides which session a person gets and which commands they may give: a rider
/// cannot place an order, a customer cannot confirm one.
public enum Role: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Orders from stores, pays, follows the delivery, reviews.
    case customer
    /// Registers a store and its menu, confirms or rejects orders, starts delivery.
    case owner
    /// Takes delivery jobs, picks orders up and delivers them.
    case rider
    public var description: String { rawValue }
}

/// Who is acting: every command carries it, and every decider checks it.
///
/// Carried as a value rather than looked up, so a decider can check "is this the order's
/// customer?" from the command and the stream alone.
public struct Actor: Hashable, Sendable, Codable, CustomStringConvertible {
    public let account: AccountID
    public let role: Role
    public init(account: AccountID, role: Role) {
        self.account = account
        self.role = role
    }
    /// The system itself (timers) acts without an account.
    /// Its role is a placeholder: rules that let the system act ask ``isSystem``, not the role.
    public static let system = Actor(account: AccountID("system"), role: .owner)
    /// Whether a timer, not a person, is acting (an automatic cancellation, an admission).
    public var isSystem: Bool { self == .system }
    public var description: String { isSystem ? "system" : "\(account) (\(role))" }
}
