import Foundation

public enum AccountCommand: Sendable {
    /// The engine hashes the password before the command is built; the rule only sees the
    /// password's length, so the plain text never travels further than it must.
    case signUp(name: String, role: Role, passwordLength: Int, passwordHash: String, now: Date)
    case favourite(StoreID, storeName: String, by: Actor, now: Date)
    case unfavourite(StoreID, storeName: String, by: Actor, now: Date)
    /// A sign-in attempt, after the engine compared the password with the stored hash. Refused
    /// while the account's back-off runs, whatever the password; otherwise a failure is recorded
    /// so every process sees it (see ``SignInBackoff``).
    case recordSignIn(passwordMatched: Bool, now: Date)
    case markNotificationsRead(upToPosition: Int64, by: Actor, now: Date)
}
