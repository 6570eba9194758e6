import DeliveryEngine
import Foundation

/// One screen of a session (the launcher, the sign-in form, or a signed-in role's model)
/// owning its update and its view, as Bubble Tea's child models do. ``AppScreen`` says which
/// one is on screen; ``App`` hands it each message and asks it to draw, without knowing which
/// it is.
protocol SessionScreen: Sendable {
    /// What the help overlay calls the screen: the page on it, for a signed-in role.
    var pageTitle: String { get }
    /// Whether keys are text now (a form or a prompt is open), so `?` and `q` are typed
    /// rather than obeyed.
    var isEditingText: Bool { get }
    /// Whether a countdown or a progress bar is showing, so the clock must move each second.
    var showsMovingTime: Bool { get }
    /// Orders whose confirmation deadline this session watches, to fire the auto-cancel
    /// timer as soon as one passes rather than at the next sweep.
    var watchedOrders: [OrderSummary] { get }
    /// The filter `/` typed over the list on screen, for the bottom line; nil when none.
    var listFilter: ListFilterStatus? { get }

    /// Fits lists to a new window size (how many rows PgUp/PgDn move).
    mutating func resize(_ size: TerminalSize)
    /// Changes the screen for one message and returns the effects to run.
    mutating func update(_ message: AppMessage, context: inout ScreenContext) -> [Effect]
    /// Draws the whole screen and says where the cursor goes, if a field has it.
    func render(into grid: inout CellGrid, context: ScreenContext) -> CursorPosition?
    /// The keys the screen answers to now, for the hint bar and the help overlay.
    func hints(context: ScreenContext) -> [KeyHint]

    /// This model, as the session's screen.
    var appScreen: AppScreen { get }
}

extension SessionScreen {
    var showsMovingTime: Bool { false }
    var watchedOrders: [OrderSummary] { [] }
    var listFilter: ListFilterStatus? { nil }
    mutating func resize(_ size: TerminalSize) {}
}

// Each screen's members live with the screen; these say which case of ``AppScreen`` it is,
// and fill in what a screen without sections does not have.

extension LauncherModel: SessionScreen {
    var pageTitle: String { words(.start) }
    func hints(context: ScreenContext) -> [KeyHint] { hints }
    var appScreen: AppScreen { .launcher(self) }
}

extension SignInForm: SessionScreen {
    var pageTitle: String { words(.signIn) }
    var isEditingText: Bool { true }
    func render(into grid: inout CellGrid, context: ScreenContext) -> CursorPosition? {
        renderScreen(into: &grid, context: context)
    }
    func hints(context: ScreenContext) -> [KeyHint] { hints }
    var appScreen: AppScreen { .signIn(self) }
}

extension CustomerModel: SessionScreen {
    /// The customer's orders: one waiting for the store may pass its deadline on any page.
    var watchedOrders: [OrderSummary] { orders.allItems }
    var appScreen: AppScreen { .customer(self) }
}

extension OwnerModel: SessionScreen {
    var watchedOrders: [OrderSummary] { incoming.allItems }
    var appScreen: AppScreen { .owner(self) }
}

extension RiderModel: SessionScreen {
    var appScreen: AppScreen { .rider(self) }
}
