import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation

/// One step of the replay: what ran, and what each watching role now sees differently.
public struct DemoStep: Sendable {
    public struct Change: Sendable, Equatable {
        public let role: Role
        public let name: String
        public let lines: [String]
    }
    public let report: StepReport
    public let source: String
    public let isCaption: Bool
    public let changes: [Change]
    /// The line that ran, for the panes to choose the page it concerns.
    public var command: ScriptCommand? = nil
}

/// The order and store the latest step was about (see ``StepSubject``).
public struct DemoFocus: Equatable, Sendable {
    public var order: OrderID?
    public var store: StoreID?
}

/// Replays a parsed script one line at a time on a fresh database. Each role's pane follows
/// the person the step is about: the one acting, and for the other roles the customer, the
/// store's owner and the rider of the order (or store) the step names. A pane whose role the
/// step does not concern stays on whom it showed.
/// Unchecked Sendable for the same reason as `ScriptRunner`: one driver at a time.
public final class DemoSession: @unchecked Sendable {
    public let engine: DeliveryEngine
    public let runner: ScriptRunner
    public let lines: [ScriptLine]
    public private(set) var index = 0
    public private(set) var watched: [Role: Actor] = [:]
    /// Everyone who has acted, in order of appearance, to find an order's people among.
    public private(set) var known: [Role: [Actor]] = [:]
    public private(set) var focus = DemoFocus()
    private var seen: [Role: [String]] = [:]
    /// The last refusal each role met, shown in its pane where that user would see it.
    public private(set) var refusals: [Role: String] = [:]

    public init(engine: DeliveryEngine, lines: [ScriptLine]) {
        self.engine = engine
        self.runner = ScriptRunner(engine: engine)
        self.lines = lines
    }

    public var isFinished: Bool { index >= lines.count }
    public var failures: [String] { runner.failures }
    public var upcoming: ScriptLine? { isFinished ? nil : lines[index] }

    public func name(of role: Role) -> String? { watched[role].map(runner.displayName) }

    /// Runs the next line. Nil once the script has ended. When the player has already moved
    /// the clock through an `advance` (to animate it), the line only fires what fell due.
    public func step(clockAlreadyAdvanced: Bool = false) async -> DemoStep? {
        guard !isFinished else { return nil }
        var line = lines[index]
        if clockAlreadyAdvanced, case .advance = line.command {
            line = ScriptLine(number: line.number, source: line.source, command: .advance(seconds: 0))
        }
        index += 1
        let report = await runner.step(line)
        if isFinished { runner.finish() }
        if let actor = runner.currentActor {
            if !(known[actor.role] ?? []).contains(actor) { known[actor.role, default: []].append(actor) }
            watched[actor.role] = actor
            if report.outcome == .refused {
                refusals[actor.role] = String(report.text.dropFirst("refused: ".count))
            } else if report.outcome == .ok, !line.source.hasPrefix("as ") {
                refusals[actor.role] = nil
            }
        }
        await follow(StepSubject(line.command), outcome: report.outcome)
        var changes: [DemoStep.Change] = []
        for role in Role.allCases {
            guard let actor = watched[role] else { continue }
            let now = await RoleDigest.lines(for: actor, engine: engine, runner: runner)
            let before = seen[role] ?? []
            let fresh = now.filter { !before.contains($0) }
            seen[role] = now
            if !fresh.isEmpty { changes.append(.init(role: role, name: runner.displayName(of: actor), lines: fresh)) }
        }
        var isCaption = false
        if case .caption = line.command { isCaption = true }
        return DemoStep(report: report, source: line.source, isCaption: isCaption, changes: changes, command: line.command)
    }

    /// Points the panes of the roles that did not act at the people of the step's order or store.
    private func follow(_ subject: StepSubject, outcome: StepReport.Outcome) async {
        // A refused line (a second store in the cart) says nothing about whom to watch.
        guard outcome == .ok else { return }
        let acting = runner.currentActor
        var order: OrderSummary?
        if subject.placesOrder, let customer = acting, customer.role == .customer {
            order = (try? await engine.history(customer))?.max { $0.placedAt < $1.placedAt }
        } else if let ref = subject.order {
            let id: OrderID? =
                switch ref {
                case .label(let label): runner.order(labelled: label)
                case .id(let raw): Optional(OrderID(raw))
                }
            if let id { order = await summary(of: id) }
        }
        var ownerID: AccountID?
        if let order {
            focus = DemoFocus(order: order.id, store: order.storeId)
            ownerID = order.ownerId
            watch(.customer, account: order.customerId, unless: acting)
            if let rider = order.riderId { watch(.rider, account: rider, unless: acting) }
        } else if let name = subject.storeName, let store = (try? await engine.stores())?.first(where: { $0.store.name == name })?.store {
            focus = DemoFocus(order: nil, store: store.storeId)
            ownerID = store.ownerId
        }
        if let ownerID { watch(.owner, account: ownerID, unless: acting) }
    }

    private func watch(_ role: Role, account: AccountID, unless acting: Actor?) {
        guard acting?.role != role, let actor = known[role]?.first(where: { $0.account == account }) else { return }
        watched[role] = actor
    }

    /// An order's row, found in the history of a customer of the script.
    private func summary(of id: OrderID) async -> OrderSummary? {
        for customer in known[.customer] ?? [] {
            if let order = (try? await engine.history(customer))?.first(where: { $0.id == id }) { return order }
        }
        return nil
    }
}
