import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation
import TerminalUI

/// The three panes' real screens: for each role, the session model of the person the pane
/// follows (``DemoSession/watched``), fed the same reads and drawn by the same view a
/// session uses, at the pane's size. After each step it turns each screen to the page the
/// step concerns (``PaneDirection``); between steps it only moves their clocks.
///
/// Only reads run: a pane watches and never acts, so an effect that would change the
/// database (a screen marking notifications read) is dropped.
@MainActor
public final class PaneScreens {
    let session: DemoSession
    let runner: EffectRunner
    private(set) var models: [Role: AppModel] = [:]
    /// Stands in for the log's head: every step is news to the screens.
    private var steps: Int64 = 0

    public init(session: DemoSession) {
        self.session = session
        self.runner = EffectRunner(engine: session.engine, services: .unavailable)
    }

    /// After a step (or before the first, with nil): each pane on its person, on the page the
    /// step concerns, with what it shows read again.
    public func follow(_ step: DemoStep?, sizes: [Role: TerminalSize]) async {
        steps += 1
        let now = session.engine.clock.now()
        for role in Role.allCases {
            guard let actor = session.watched[role], let size = sizes[role] else {
                models[role] = nil
                continue
            }
            var effects: [Effect] = []
            var model: AppModel
            if let current = models[role], current.replayedActor == actor {
                model = current
            } else {
                let who = SignedIn(actor: actor, name: session.runner.displayName(of: actor), passwordRevision: nil)
                (model, effects) = AppModel.replaying(who, size: size, now: now)
            }
            if model.size != size { effects += App.update(&model, .resize(size)) }
            effects += App.update(&model, .tick(now))
            effects += App.update(&model, .storeChanged(head: steps))
            await run(effects, on: &model)
            await turn(&model, role: role, after: step)
            models[role] = model
        }
    }

    /// Between steps: the clock moved (an animated `advance`) or the wall clock did (toasts
    /// count down by it), or the terminal was resized.
    public func tick(wallElapsed: Duration, sizes: [Role: TerminalSize]) {
        let now = session.engine.clock.now()
        for (role, var model) in models {
            if let size = sizes[role], model.size != size { _ = App.update(&model, .resize(size)) }
            _ = App.update(&model, .tick(now))
            model.replayElapse(wallElapsed)
            models[role] = model
        }
    }

    /// The panes as they stand: each role's screen, or a line saying nobody is on it yet.
    public var panes: [PaneModel] {
        Role.allCases.map { role in
            guard let actor = session.watched[role], let model = models[role] else {
                return PaneModel(role: role, name: nil, lines: [.init("(nobody yet)", style: .muted)])
            }
            return PaneModel(
                role: role, name: session.runner.displayName(of: actor), lines: [], screen: App.replayView(model).grid)
        }
    }

    /// Turns a screen to the page the step concerns and shows the script's cart and the
    /// last refusal its person met.
    private func turn(_ model: inout AppModel, role: Role, after step: DemoStep?) async {
        guard let actor = model.replayedActor else { return }
        var effects: [Effect] = []
        if let step, let command = step.command {
            let holds = await holdsFocusedOrder(actor)
            switch PaneDirection.after(command, outcome: step.report.outcome, for: role, holdsFocusedOrder: holds) {
            case .section(let key): effects += model.replayKey(.character(key))
            case .tracking:
                if let order = session.focus.order, await isOwnOrder(order, of: actor) { effects += model.replayTracking(order) }
            case .stay: break
            }
        }
        if role == .customer { effects += model.replayCart(session.runner.cart(for: actor)) }
        if role == .owner, let store = session.focus.store { effects += model.replayStore(store) }
        await run(effects, on: &model)
        model.replayNotice(session.refusals[role].map { Notice.refusal($0) })
    }

    private func holdsFocusedOrder(_ actor: Actor) async -> Bool {
        guard actor.role == .rider, let order = session.focus.order else { return false }
        let jobs = (try? await session.engine.riderJobs(actor, finished: false)) ?? []
        return jobs.contains { $0.id == order }
    }

    private func isOwnOrder(_ order: OrderID, of customer: Actor) async -> Bool {
        ((try? await session.engine.history(customer)) ?? []).contains { $0.id == order }
    }

    /// Runs the reads a screen asked for, feeding each answer back, as a session's runtime does.
    private func run(_ effects: [Effect], on model: inout AppModel) async {
        var queue = effects
        var seen: Set<Fetch> = []
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            guard case .fetch(let fetch) = effect, !seen.contains(fetch) else { continue }
            seen.insert(fetch)
            guard let answer = await runner.perform(effect) else { continue }
            queue += App.update(&model, answer)
        }
    }
}
