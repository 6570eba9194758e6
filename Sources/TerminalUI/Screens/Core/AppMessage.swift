import DeliveryDomain
import DeliveryEngine
import Foundation

/// Everything that can happen to a session: the terminal's events, the clock, news from the
/// shared database, and the results of the effects the screens asked for.
public enum AppMessage: Equatable, Sendable {
    case key(Key)
    /// A click or the wheel; ``App`` turns it into keys by what the screen drew under it.
    case mouse(MouseEvent)
    /// The timer: at most 100 ms apart. Carries the time so tests choose it.
    case tick(Date)
    case resize(TerminalSize)
    /// The log's head moved: someone (maybe this session) changed something.
    case storeChanged(head: Int64)
    /// The payment worker's last report, read at `readAt` by the session's clock (nil: no
    /// gateway has ever been used on this database). Not in the log, so it is read on its own.
    case gatewayHealth(PaymentGatewayHealth?, readAt: Date)
    case signedIn(Result<SignedIn, DeliveryError>)
    case fetched(Fetch, Result<Fetched, DeliveryError>)
    case sent(Action, Result<ActionOutcome, DeliveryError>)
    /// The sample stores were loaded (or why not).
    case samplesLoaded(Result<String, DeliveryError>)
    /// `baedal demo` ended, or could not start; the text says which.
    case demoFinished(String)
    /// The key registry answered: the account's keys after the request, or why it was refused.
    case sshKeysAnswered(KeyRequest, Result<[SSHKey], KeyRegistryError>)
    /// The engine changed the account's password (to this revision, which this session keeps),
    /// or refused (the error says why).
    case passwordChanged(Actor, Result<Int, DeliveryError>)
    /// The customer's cart could not be saved (``Effect/saveCart(_:by:)``); a save that works says nothing.
    case cartNotSaved(DeliveryError)
    /// Some account's password changed (the pulse's revision moved): a signed-in session asks
    /// whether it was its own.
    case passwordsChanged
}

/// Who signed in, and the name they typed (the account id is its folded form).
public struct SignedIn: Equatable, Sendable {
    public let actor: Actor
    public let name: String
    /// The password revision the sign-in was checked against: the session ends when the
    /// account's moves past it. Nil for a session that watches an account without having signed
    /// in as it (a demo's pane follows whoever its script acts as, password changes included).
    public let passwordRevision: Int?
    public init(actor: Actor, name: String, passwordRevision: Int?) {
        self.actor = actor
        self.name = name
        self.passwordRevision = passwordRevision
    }

    public init(_ account: SignedInAccount) {
        self.init(actor: account.actor, name: account.name, passwordRevision: account.passwordRevision)
    }
}
