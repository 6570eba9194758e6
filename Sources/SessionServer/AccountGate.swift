import DeliveryDomain

/// Who a connection is, once authenticated.
public enum Visitor: Sendable, Equatable {
    /// An existing account, already proven by its password (or key). `passwordRevision` is the
    /// password revision a password was checked against (nil for a key): if the password
    /// changes before the session opens, the session opens signed out.
    case account(String, passwordRevision: Int?)
    /// An unknown user name or a reserved one such as `new`: they get the launcher, where they
    /// can sign up, or sign in with a real password.
    case newcomer
}

/// The answer to one password.
public enum Admission: Sendable, Equatable {
    case admitted(Visitor)
    case refused
}

/// Checks SSH user names and passwords against the accounts. The server module knows no
/// engine: the executable supplies the gate, so what a password proves is decided in one place
/// (the engine's `signIn`, with its back-off).
public protocol AccountGate: Sendable {
    /// `address` is the connection's, from its socket: wrong passwords slow that address, not
    /// the account's owner connecting from elsewhere.
    func admit(name: String, password: String, from address: String) async -> Admission
}

/// User names that always open the launcher, never an account.
public enum ReservedNames {
    /// The domain's list, which also refuses them at sign-up (``AccountName/reserved``).
    public static let all = AccountName.newcomerNames
}
