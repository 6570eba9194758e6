import DeliveryDomain
import DeliveryEngine
import Foundation

/// The session's update and view: the root of the Elm architecture every screen plugs into.
///
/// `update` changes the model for one message and returns the effects to run; `view` draws
/// the model into a frame. Neither touches the terminal, the clock or the database.
public enum App {
    public static func update(_ model: inout AppModel, _ message: AppMessage) -> [Effect] {
        switch message {
        case .resize(let size):
            model.size = size
            model.screen.resize(size)
            return []
        case .tick(let now):
            // The bell rang with the frame before this tick; it rings again only when asked.
            if model.bell { model.bell = false }
            // The exact time is kept only while a toast counts down, so an idle tick leaves
            // the model as it was and nothing is drawn.
            if model.toast != nil {
                if let last = model.lastTick {
                    model.toast?.elapse(.milliseconds(Int(max(0, now.timeIntervalSince(last)) * 1000)))
                    if model.toast?.isExpired == true { model.toast = nil }
                }
                model.lastTick = model.toast == nil ? nil : now
            }
            let resolution = model.screen.clockResolution(at: now)
            model.now = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / resolution).rounded(.down) * resolution)
            return []
        case .key(let key):
            // Nothing is drawn while the window is too small, so a key must not act on a
            // screen the person cannot see (an unseen Enter once confirmed an order).
            if !model.size.isAtLeast(.minimum) { return key == .character("q") ? [.quit] : [] }
            if model.showsHelp {
                if HelpOverlay.isDismissal(key) { model.showsHelp = false }
                return []
            }
            let editing = model.screen.isEditingText
            // A paste is text for the field being typed in and nothing else: never a command,
            // whatever characters it holds.
            if case .paste = key, !editing { return [] }
            if !editing && HelpOverlay.isToggle(key) {
                model.showsHelp = true
                return []
            }
            if !editing && key == .character("q") { return [.quit] }
            if !editing && key == .character("Q") && model.screen.isSignedIn { return signOut(&model) }
            return updateScreen(&model, message)
        case .mouse(let event):
            return mouse(event, &model)
        case .gatewayHealth(let health, let readAt):
            // Judged once per read, so a steady report leaves the model (and the screen) alone.
            model.paymentSystem = PaymentSystemStatus(health, at: readAt)
            return []
        case .signedIn(.success(let who)):
            return signedIn(who, &model)
        case .passwordsChanged:
            // Some password changed: ask whether it was this account's.
            guard let held = model.signInHeld else { return [] }
            return [.fetch(.passwordRevision(held.account))]
        case .fetched(.passwordRevision(let account), let result):
            guard let held = model.signInHeld, held.account == account, case .success(.passwordRevision(let now)) = result,
                now != held.passwordRevision
            else { return [] }  // Unchanged, or unknown for now: the next change asks again.
            return signOut(&model, saying: .signedOutByPasswordChange)
        case .passwordChanged(let actor, .success(let revision)):
            // This session changed it: its sign-in holds the new password; the others end.
            if model.signInHeld?.account == actor.account { model.signInHeld?.passwordRevision = revision }
            return updateScreen(&model, message)
        default:
            return updateScreen(&model, message)
        }
    }

    /// `Q`: back to the launcher, signed out, to sign in as someone else or quit from there.
    /// Nothing of the account's session is kept: its model goes, and the launcher starts afresh.
    /// A session the engine ended (its password changed elsewhere) says why there.
    private static func signOut(_ model: inout AppModel, saying reason: LauncherText? = nil) -> [Effect] {
        var launcher = LauncherModel(language: model.language)
        launcher.notice = reason.map { .refusal($0.text(in: model.language)) }
        model.screen = .launcher(launcher)
        model.toast = nil
        model.showsHelp = false
        model.signInHeld = nil
        return [.fetch(.storeCount)]
    }

    /// A click or the wheel, as the keys it stands for on the frame on screen (``MouseRouting``).
    /// Like a key, it does nothing while the window is too small to show what it would hit.
    private static func mouse(_ event: MouseEvent, _ model: inout AppModel) -> [Effect] {
        guard model.size.isAtLeast(.minimum) else { return [] }
        if model.showsHelp {
            // A click anywhere closes the help, as Esc does; the wheel leaves it open.
            if case .press = event.action { model.showsHelp = false }
            return []
        }
        // The view is a function of the model, so drawing it again gives the regions on screen.
        let keys = MouseRouting.keys(for: event, on: view(model).grid, editingText: model.screen.isEditingText)
        return keys.flatMap { update(&model, .key($0)) }
    }

    /// Hands the message to the screen, with the time, size and toast it may use.
    private static func updateScreen(_ model: inout AppModel, _ message: AppMessage) -> [Effect] {
        var context = model.screenContext
        let effects = model.screen.update(message, context: &context)
        model.toast = context.toast
        if context.ringsBell { model.bell = true }
        return effects
    }

    /// Opens the signed-in person's session, or refuses when `baedal owner` was given a
    /// customer's account (and so on).
    private static func signedIn(_ who: SignedIn, _ model: inout AppModel) -> [Effect] {
        if case .signIn(var form) = model.screen, let expected = form.expectedRole, expected != who.actor.role {
            form.busy = false
            form.notice = .refusal(
                ScreenText.wrongSessionForAccount(name: who.name, role: who.actor.role, expected: expected).text(in: model.language))
            model.screen = .signIn(form)
            return []
        }
        model.signInHeld = who.passwordRevision.map { SignInHeld(account: who.actor.account, passwordRevision: $0) }
        switch who.actor.role {
        case .customer:
            let customer = CustomerModel(who: who, size: model.size, language: model.language)
            model.screen = .customer(customer)
            return customer.startEffects()
        case .owner:
            let owner = OwnerModel(who: who, size: model.size, language: model.language)
            model.screen = .owner(owner)
            return owner.refreshEffects()
        case .rider:
            let rider = RiderModel(who: who, size: model.size, language: model.language)
            model.screen = .rider(rider)
            return rider.refreshEffects()
        }
    }

    public static func view(_ model: AppModel) -> Frame {
        if let small = TooSmallView.frame(for: model.size, language: model.language) { return small }
        var grid = CellGrid(size: model.size)
        let bounds = grid.bounds
        var cursor = model.screen.render(into: &grid, model: model)
        if let filter = model.screen.current.listFilter {
            // Over the key hints: while a list is filtered, its query is what the keys act on.
            cursor = filter.render(into: &grid, in: bounds.row(bounds.height - 1), language: model.language) ?? cursor
        }
        model.toast?.render(into: &grid, in: bounds.inset(top: 1))
        if model.showsHelp {
            HelpOverlay(
                title: "\(SessionWords.help.text(in: model.language)) · \(model.screen.title)", hints: model.screen.hints(model: model),
                closingNote: (model.database.map { "DB \($0.full) · " } ?? "") + SessionWords.closeHelp.text(in: model.language)
            )
            .render(into: &grid, in: bounds)
            cursor = nil
        }
        return Frame(grid: grid, cursor: cursor, bell: model.bell)
    }
}

extension AppScreen {
    /// The model on screen: the one place that asks which screen it is.
    var current: any SessionScreen {
        switch self {
        case .launcher(let m): m
        case .signIn(let m): m
        case .customer(let m): m
        case .owner(let m): m
        case .rider(let m): m
        }
    }

    /// Lets the model on screen change itself, and puts it back.
    private mutating func changeCurrent<Result>(_ change: (inout any SessionScreen) -> Result) -> Result {
        var model = current
        let result = change(&model)
        self = model.appScreen
        return result
    }

    /// How finely the screen needs the time: to the second while a countdown or a progress
    /// bar is showing, otherwise to the minute (the clock in the title bar).
    func clockResolution(at now: Date) -> TimeInterval {
        current.showsMovingTime ? 1 : 60
    }

    /// Whether an order on screen has passed its confirmation deadline, so the session
    /// should fire the auto-cancel timer now rather than at its next sweep.
    func showsDueDeadline(at now: Date) -> Bool {
        current.watchedOrders.contains {
            $0.orderStatus == .awaitingConfirmation && ($0.deadlineAt.map { $0 <= now } ?? false)
        }
    }

    /// Typing into a list's `/` filter counts as editing text too.
    var isEditingText: Bool { current.isEditingText || current.listFilter?.filter.isEditing == true }

    var title: String { current.pageTitle }

    mutating func resize(_ size: TerminalSize) {
        changeCurrent { $0.resize(size) }
    }

    mutating func update(_ message: AppMessage, context: inout ScreenContext) -> [Effect] {
        changeCurrent { $0.update(message, context: &context) }
    }

    func render(into grid: inout CellGrid, model: AppModel) -> CursorPosition? {
        current.render(into: &grid, context: model.screenContext)
    }

    func hints(model: AppModel) -> [KeyHint] {
        current.hints(context: model.screenContext)
    }
}

extension AppModel {
    /// What the screen may read besides its own model: the time, the size, the toast and the
    /// payment system.
    var screenContext: ScreenContext {
        ScreenContext(now: now, size: size, toast: toast, paymentSystem: paymentSystem, database: database)
    }
}

/// What a screen may read and change besides its own model.
struct ScreenContext: Equatable, Sendable {
    var now: Date
    var size: TerminalSize
    var toast: Toast?
    /// The payment system as last read; nil when no gateway is in use.
    var paymentSystem: PaymentSystemStatus?
    /// Set by a screen that wants the person's attention now (an owner's new order): the
    /// next frame rings the terminal bell.
    var ringsBell = false
    /// The database, for the launcher and the title bar to show (see ``AppModel/database``).
    var database: DatabaseName? = nil
}
