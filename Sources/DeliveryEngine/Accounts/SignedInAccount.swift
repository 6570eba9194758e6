import DeliveryDomain

/// A sign-in as a session keeps it: who acts, the name to greet them by, and the password
/// revision that was checked. The session ends when the account's revision moves past it
/// (the password changed in another session, or was reset by the operator).
public struct SignedInAccount: Sendable, Equatable {
    public let actor: Actor
    /// The name as it was signed up (the typed one may differ in case or width).
    public let name: String
    public let passwordRevision: Int

    public init(actor: Actor, name: String, passwordRevision: Int) {
        self.actor = actor
        self.name = name
        self.passwordRevision = passwordRevision
    }
}
