import DeliveryDomain
import DeliveryEngine
import Foundation

/// What `baedal demo` needs to show a signed-in person's real screen while a script, not a
/// person, acts: the screen is drawn at a pane's size (smaller than a session's minimum), its
/// page is chosen by the step on stage, and the cart and the last refusal are the script's.
///
/// Sessions never call these; they go through ``App/update(_:_:)`` and ``App/view(_:)``.
/// Nothing here sends an action: a pane only watches.
extension AppModel {
    /// The screen `who` sees right after signing in, and the reads it asks for first, worded
    /// in `language` (the demo's own, Korean unless it was started with `--lang en`).
    public static func replaying(
        _ who: SignedIn, size: TerminalSize, now: Date, language: Language = .standard
    ) -> (AppModel, [Effect]) {
        var model = AppModel(screen: .launcher(LauncherModel(language: language)), size: size, now: now, language: language)
        let effects = App.update(&model, .signedIn(.success(who)))
        return (model, effects)
    }

    /// Presses a key on the screen itself, whatever the size: a pane is smaller than a
    /// session's minimum, where ``App/update(_:_:)`` ignores keys so that nothing unseen acts.
    public mutating func replayKey(_ key: Key) -> [Effect] {
        var context = screenContext
        let effects = screen.update(.key(key), context: &context)
        toast = context.toast
        return effects
    }

    /// Counts a toast down by wall time: a replay's clock stands still between steps, so the
    /// session's own tick would keep a toast up until the next `advance`.
    public mutating func replayElapse(_ time: Duration) {
        guard var current = toast else { return }
        toast = current.elapse(time) ? current : nil
    }

    /// Whose screen this is: a customer's, an owner's or a rider's; nil for the launcher.
    public var replayedActor: Actor? {
        switch screen {
        case .customer(let m): return m.who.actor
        case .owner(let m): return m.who.actor
        case .rider(let m): return m.who.actor
        case .launcher, .signIn: return nil
        }
    }

    /// The customer's cart as the script built it, with the store's menu read for its prices.
    public mutating func replayCart(_ cart: Cart) -> [Effect] {
        guard case .customer(var customer) = screen, customer.cart != cart else { return [] }
        customer.cart = cart
        customer.cartSelection = min(customer.cartSelection, max(0, cart.lines.count - 1))
        if cart.isEmpty { customer.cartStore = nil }
        screen = .customer(customer)
        return cart.store.map { [.fetch(.store($0))] } ?? []
    }

    /// The customer's tracking page for `order`, opened over the orders section.
    public mutating func replayTracking(_ order: OrderID) -> [Effect] {
        guard case .customer(var customer) = screen else { return [] }
        if customer.section == .orders, case .tracking(order) = customer.pages.last { return [] }
        var effects = customer.show(.orders)
        effects += customer.track(order)
        screen = .customer(customer)
        return effects
    }

    /// Moves an owner's screen to `store`, as `]` would, when the owner has it.
    public mutating func replayStore(_ store: StoreID) -> [Effect] {
        guard case .owner(let owner) = screen, owner.stores.count > 1,
            let index = owner.stores.firstIndex(where: { $0.id == store }), index != owner.storeIndex
        else { return [] }
        let presses = (index - owner.storeIndex + owner.stores.count) % owner.stores.count
        var effects: [Effect] = []
        for _ in 0..<presses { effects += replayKey(.character("]")) }
        return effects
    }

    /// The notice line as the person would have it after acting: the refusal the script met,
    /// or nothing.
    public mutating func replayNotice(_ notice: Notice?) {
        switch screen {
        case .customer(var m):
            m.notice = notice
            screen = .customer(m)
        case .owner(var m):
            m.notice = notice
            screen = .owner(m)
        case .rider(var m):
            m.notice = notice
            screen = .rider(m)
        case .launcher, .signIn:
            break
        }
    }
}

extension App {
    /// The frame a session would draw for `model`, at the model's size even below the
    /// minimum: a demo pane shows the real screen, cramped rather than replaced by "too small".
    public static func replayView(_ model: AppModel) -> Frame {
        var grid = CellGrid(size: model.size)
        let bounds = grid.bounds
        _ = model.screen.render(into: &grid, model: model)
        model.toast?.render(into: &grid, in: bounds.inset(top: 1))
        return Frame(grid: grid)
    }
}
