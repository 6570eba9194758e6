import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation

/// What one role's screen shows, boiled down to lines, so the headless transcript can say
/// exactly what changed for each role after a step.
enum RoleDigest {
    static func lines(for actor: Actor, engine: DeliveryEngine, runner: ScriptRunner) async -> [String] {
        do {
            switch actor.role {
            case .customer: return try await customer(actor, engine, runner)
            case .owner: return try await owner(actor, engine, runner)
            case .rider: return try await rider(actor, engine, runner)
            }
        } catch {
            return ["(cannot read: \(error.description))"]
        }
    }

    private static func customer(_ actor: Actor, _ engine: DeliveryEngine, _ runner: ScriptRunner) async throws(DeliveryError) -> [String] {
        let now = engine.clock.now()
        var lines = try await engine.history(actor).prefix(4).map { order in
            "\(runner.name(of: order.id)) \(status(order, now: now))"
        }
        let notes = try await engine.notifications(actor, limit: 20).filter { $0.unread == true }
        lines += notes.reversed().map { "🔔 \($0.message(in: .standard))" }
        return lines
    }

    private static func owner(_ actor: Actor, _ engine: DeliveryEngine, _ runner: ScriptRunner) async throws(DeliveryError) -> [String] {
        let open: [OrderStatus] = [.awaitingConfirmation, .cooking, .deliveryStarted, .pickedUp]
        var lines = try await engine.storeOrders(actor, statuses: open).map { order in
            let deadline = order.deadlineAt.map { " — confirm by \(KoreanTime.clock($0))" } ?? ""
            return "\(runner.name(of: order.id)) \(order.summary) \(Won(order.total)): \(order.orderStatus.label)\(deadline)"
        }
        for store in try await engine.ownedStores(actor) {
            if store.storeMode != .open { lines.append("\(store.name) is \(store.mode)") }
            for review in try await engine.reviews(of: store.id).prefix(2) {
                let stars = String(repeating: "★", count: review.reviewRating ?? 0)
                lines.append("review of \(runner.name(of: review.id)): \(stars) \(review.reviewText ?? "")")
                if let reply = review.replyText { lines.append("your reply to \(runner.name(of: review.id)): \(reply)") }
            }
        }
        return lines
    }

    private static func rider(_ actor: Actor, _ engine: DeliveryEngine, _ runner: ScriptRunner) async throws(DeliveryError) -> [String] {
        let now = engine.clock.now()
        let open = try await engine.openJobs().map { "open job \(runner.name(of: $0.id)) at \($0.storeName)" }
        let held = try await engine.riderJobs(actor, finished: false).map { "holding \(runner.name(of: $0.id)): \(status($0, now: now))" }
        return open + held
    }

    static func status(_ order: OrderSummary, now: Date) -> String {
        switch order.orderStatus {
        case .deliveryStarted, .pickedUp:
            let eta = order.estimatedArrivalAt.map { ", arriving \(KoreanTime.clock($0))" } ?? ""
            guard let progress = order.deliveryProgress(at: now) else { return order.orderStatus.label }
            let percent = Int(progress * 100)
            return "\(order.orderStatus.label)\(eta) (\(percent)% of the way)"
        case .cooking:
            return "\(order.orderStatus.label)\(order.estimatedReadyAt.map { ", ready \(KoreanTime.clock($0))" } ?? "")"
        default:
            return order.orderStatus.label
        }
    }
}
