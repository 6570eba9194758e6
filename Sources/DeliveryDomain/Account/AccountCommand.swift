import Foundation

/// What a person asks of their account: sign up, keep favourite stores, sign in, read
/// notifications. ``AccountDecider`` decides each against the account's stream
/// (`account-<name key>`), so two sign-ups under one name meet on one stream.
///
/// Every case carries `now`: the engine's clock reads the time, the rule never does, so a
/// test (or a simulated database) decides what time it is.
public enum AccountCommand: Sendable {
    /// Opens an account for a customer, an owner or a rider (the scenario asks each to sign up
    /// first). `name` is as typed; the rule checks it with ``AccountName``.
    ///
    /// The engine hashes the password before the command is built; the rule only sees the
    /// password's length, so the plain text never travels further than it must.
    case signUp(name: String, role: Role, passwordLength: Int, passwordHash: String, now: Date)
    /// A customer marks a store as a favourite. `storeName` is only for the refusal's message.
    case favourite(StoreID, storeName: String, by: Actor, now: Date)
    /// A customer takes a store off their favourites.
    case unfavourite(StoreID, storeName: String, by: Actor, now: Date)
    /// A sign-in attempt, after the engine compared the password with the stored hash. Refused
    /// while the back-off of its source (or the account's daily limit) runs, whatever the
    /// password; otherwise a failure is recorded so every process sees it (see ``SignInThrottle``).
    case recordSignIn(passwordMatched: Bool, from: SignInSource, now: Date)
    /// The person has seen their notifications up to this log position (order status changes
    /// are notified by position, so one number says what is new).
    case markNotificationsRead(upToPosition: Int64, by: Actor, now: Date)
    /// The person opened one notification (the one written at this log position): it alone
    /// becomes read. The engine checks the notification is theirs before asking.
    case markNotificationRead(position: Int64, by: Actor, now: Date)
    /// A customer saves a delivery address; `makeDefault` makes it the one checkout chooses
    /// (the first address saved is the default either way).
    case addAddress(address: String, note: String?, makeDefault: Bool, by: Actor, now: Date)
    case removeAddress(String, by: Actor, now: Date)
    case setDefaultAddress(String, by: Actor, now: Date)
    /// The person changes their password. The engine checked the current password against the
    /// hash it read (`verifiedHash`) and hashed the new one; the rule sees the new one's length,
    /// and refuses if the account's hash is no longer the one checked (a change raced this one).
    /// Throttled as a sign-in from the session's source is.
    case changePassword(
        verifiedHash: String, newPasswordLength: Int, newPasswordHash: String, by: Actor, from: SignInSource, now: Date)
    /// The operator sets a new password for someone who forgot theirs (`baedal password reset`):
    /// no current password, since whoever holds the database is trusted with every account.
    case resetPassword(newPasswordLength: Int, newPasswordHash: String, now: Date)
    /// A customer keeps a card already turned into a processor token at checkout.
    case rememberCard(CardOnFile, by: Actor, now: Date)
    /// A customer forgets a remembered card, named as it is shown ("Visa •••• 4242") or by its last four.
    case forgetCard(String, by: Actor, now: Date)
}
