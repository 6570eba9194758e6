import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments

/// Runs parsed script lines against the engine, one at a time, on the database's time: a
/// simulated database's clock moves only with `clock` and `advance`; a live one refuses them.
/// A refusal is an ordinary result; it only counts against the run when no `expect refused`
/// follows it, so a script can walk through every rule, allowed and refused.
///
/// Unchecked Sendable: a runner is driven by one task at a time, step after step (the `run`
/// command, or the demo player on the main actor); it is never shared between tasks at once.
public final class ScriptRunner: @unchecked Sendable {
    public let engine: DeliveryEngine
    /// The database's time (``DatabaseTime``): simulated when the script sets a clock.
    public var clock: any EngineClock { engine.clock }
    var signedIn: [AccountID: Actor] = [:]
    var names: [AccountID: String] = [:]
    var current: Actor?
    var carts: [AccountID: Cart] = [:]
    var labels: [String: OrderID] = [:]
    var lastRefusal: DeliveryError?
    var lastWasRefused = false
    var lastPayment: PaymentResult?
    var unexpectedRefusal: Int?
    public private(set) var failures: [String] = []
    /// The language the transcript is worded in, and the one `expect refused "…"` matches.
    public let language: Language

    public init(engine: DeliveryEngine, language: Language = .standard) {
        self.engine = engine
        self.language = language
    }

    /// The order a label names, for the demo's panes.
    public func order(labelled label: String) -> OrderID? { labels[label] }
    /// How a transcript names an order: its label when it has one.
    public func name(of order: OrderID) -> String { describe(order) }
    /// The cart an account is building in this script.
    public func cart(for actor: Actor) -> Cart { carts[actor.account] ?? Cart() }
    /// The account acting now, for panes that follow the action.
    public var currentActor: Actor? { current }
    public func displayName(of actor: Actor) -> String { names[actor.account] ?? actor.account.rawValue }
    public var actorName: String? { current.map { names[$0.account] ?? $0.account.rawValue } }

    public func step(_ line: ScriptLine) async -> StepReport {
        if let pending = unexpectedRefusal, !isRefusalCheck(line.command) {
            failures.append(ScriptText.refusalNotExpected(line: pending).text(in: language))
        }
        unexpectedRefusal = nil
        await engine.followStoredTime()  // another script on the file may have moved the time
        do {
            var (outcome, text, details) = try await execute(line.command)
            let who = actorName
            if case .expect = line.command {
                if outcome == .expectationFailed {
                    failures.append(ScriptText.failedExpectation(line: line.number, text).text(in: language))
                }
            } else {
                lastWasRefused = false
                lastRefusal = nil
                details += await admitQueuedOrders()
            }
            return StepReport(line: line.number, at: clock.now(), actor: who, outcome: outcome, text: text, details: details)
        } catch {
            let who = actorName
            lastWasRefused = true
            lastRefusal = error
            unexpectedRefusal = line.number
            // A card number typed where an order id belongs must not come back in the refusal.
            return StepReport(
                line: line.number, at: clock.now(), actor: who, outcome: .refused,
                text: say(.refused(CardNumberMasking.masked(error.text(in: language)))), details: [])
        }
    }

    /// A script with in-process payments has no payment worker, so the runner plays the worker's
    /// part in admission: after each command it lets queued orders into kitchens with room. With
    /// queued payments the worker admits, and the runner stays out of its way (one admitter).
    func admitQueuedOrders() async -> [String] {
        guard !engine.queuesPayments, let admitted = try? await engine.admitQueuedOrders(), !admitted.isEmpty else { return [] }
        return [say(.letIntoKitchen(orders: admitted.map(describe)))]
    }

    /// Call after the last line: a refusal on the very last line is unexpected too.
    public func finish() {
        if let pending = unexpectedRefusal {
            failures.append(ScriptText.refusalNotExpected(line: pending).text(in: language))
            unexpectedRefusal = nil
        }
    }

    /// A line of the transcript, in the run's language.
    func say(_ text: ScriptText) -> String { text.text(in: language) }

    private func isRefusalCheck(_ command: ScriptCommand) -> Bool {
        if case .expect(.refused) = command { return true }
        return false
    }

    func actor() throws(DeliveryError) -> Actor {
        guard let current else { throw .storage(say(.noOneSignedIn)) }
        return current
    }

    func order(_ ref: OrderRef) throws(DeliveryError) -> OrderID {
        switch ref {
        case .id(let id): return OrderID(id)
        case .label(let label):
            guard let id = labels[label] else { throw .storage(say(.unknownLabel(label))) }
            return id
        }
    }
}
