import DeliveryDomain
import Foundation

/// The whole state of one terminal session: what it shows, how big the window is, what
/// time it is, and the toast and help overlay drawn over every screen.
public struct AppModel: Equatable, Sendable {
    public var size: TerminalSize
    /// The session's clock, to the second: countdowns and progress bars are drawn from it.
    public var now: Date
    public var screen: AppScreen
    public var toast: Toast?
    public var showsHelp = false
    /// The payment system as last read; nil when no gateway is in use.
    public var paymentSystem: PaymentSystemStatus?
    /// Whether the next frame rings the terminal bell; cleared by the next tick, so a bell
    /// rings once per request however often the frame is drawn.
    public var bell = false
    /// The database this session uses, as it may be shown; nil where the person has no
    /// business knowing it (a session served over SSH).
    public var database: DatabaseName?
    /// The language every screen of this session is worded in, chosen when it starts (`--lang`,
    /// else `BAEDAL_LANG`, else Korean). A value of the session, never a global: one `serve`
    /// process hosts sessions in both languages.
    public var language: Language
    /// The password the signed-in person's sign-in was checked against; nil when nobody is
    /// signed in, or the session watches without a sign-in of its own.
    var signInHeld: SignInHeld?
    /// The last tick's exact time, to count toasts down.
    var lastTick: Date?

    public init(screen: AppScreen, size: TerminalSize, now: Date, language: Language = .standard) {
        self.screen = screen
        self.language = language
        self.size = size
        self.now = now.wholeSecond
    }
}

/// Which screen the session is on.
public enum AppScreen: Equatable, Sendable {
    case launcher(LauncherModel)
    case signIn(SignInForm)
    case customer(CustomerModel)
    case owner(OwnerModel)
    case rider(RiderModel)

    /// A role's session, which `Q` signs out of.
    var isSignedIn: Bool {
        switch self {
        case .customer, .owner, .rider: true
        case .launcher, .signIn: false
        }
    }
}

/// How a session starts: `baedal` opens the launcher; `baedal customer|owner|rider` the
/// sign-in form for that role, signing in at once when the password came with the command.
public enum SessionStart: Equatable, Sendable {
    case launcher
    case signIn(role: Role, name: String?, password: Secret?)

    /// The first model and the effects to run before the first frame, worded in `language`.
    public func begin(size: TerminalSize, now: Date, language: Language = .standard) -> (AppModel, [Effect]) {
        switch self {
        case .launcher:
            return (
                AppModel(screen: .launcher(LauncherModel(language: language)), size: size, now: now, language: language),
                [.fetch(.storeCount)]
            )
        case .signIn(let role, let name, let password):
            var form = SignInForm(expectedRole: role, name: name ?? "", language: language)
            var effects: [Effect] = []
            if let name, !name.isEmpty, let password {
                form.setPassword(password.text)
                form.busy = true
                effects = [.signIn(name: name, password: password)]
            }
            return (AppModel(screen: .signIn(form), size: size, now: now, language: language), effects)
        }
    }
}

extension Date {
    /// This instant with the fraction of a second dropped, so a 100 ms tick changes the
    /// model (and the screen) only once a second.
    var wholeSecond: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}

/// Which account a session signed in as, and at which password revision: the session holds
/// only while the account's revision stays there (``App``'s `passwordsChanged`).
struct SignInHeld: Equatable, Sendable {
    let account: AccountID
    var passwordRevision: Int
}
