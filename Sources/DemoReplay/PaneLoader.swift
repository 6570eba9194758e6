import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation
import TerminalUI

/// Reads what each role's pane shows at the simulated instant, from the read models.
/// Lines that just changed for that role are highlighted so the eye finds them.
enum PaneLoader {
    static func load(_ role: Role, session: DemoSession, fresh: [String]) async -> PaneModel {
        guard let actor = session.watched[role] else {
            return PaneModel(role: role, name: nil, lines: [.init("(nobody yet)", style: .muted)])
        }
        let engine = session.engine
        let runner = session.runner
        let now = engine.clock.now()
        var lines: [PaneModel.Line] = []
        do {
            switch role {
            case .customer:
                let cart = runner.cart(for: actor)
                if !cart.isEmpty {
                    let full = cart.itemCount == OrderLimits.maxItems
                    lines.append(
                        .init(
                            "🛒 \(cart.itemCount)/\(OrderLimits.maxItems) items from \(cart.storeName)",
                            style: full ? .warning.bold() : .accent,
                            progress: Double(cart.itemCount) / Double(OrderLimits.maxItems)))
                }
                let unread = try await engine.unreadCount(actor)
                lines.append(.init("🔔 \(unread) unread", style: unread > 0 ? .warning.bold() : .muted))
                for order in try await engine.history(actor).prefix(4) {
                    lines.append(.init("\(runner.name(of: order.id)) \(order.storeName) \(Won(order.total))", style: .emphasis))
                    lines.append(statusLine(order, now: now))
                }
                for note in try await engine.notifications(actor, limit: 3) where note.unread == true {
                    lines.append(.init("› \(note.message(in: .standard))", style: .info))
                }
            case .owner:
                for store in try await engine.ownedStores(actor) {
                    let style: Style = store.storeMode == .open ? .success : .warning.bold()
                    lines.append(.init("\(store.name): \(store.mode)", style: style))
                }
                let orders = try await engine.storeOrders(actor, statuses: [.awaitingConfirmation, .cooking, .deliveryStarted, .pickedUp])
                if orders.isEmpty { lines.append(.init("no open orders", style: .muted)) }
                for order in orders {
                    lines.append(.init("\(runner.name(of: order.id)) \(order.summary)", style: .emphasis))
                    if let deadline = order.deadlineAt {
                        let left = max(0, Int(deadline.timeIntervalSince(now)))
                        let fraction = 1 - Double(left) / Double(max(1, order.autoCancelMinutes * 60))
                        lines.append(
                            .init(
                                String(format: "  confirm within %d:%02d", left / 60, left % 60),
                                style: left < 60 ? .danger.bold() : .warning, progress: fraction))
                    } else {
                        lines.append(statusLine(order, now: now))
                    }
                }
            case .rider:
                let held = try await engine.riderJobs(actor, finished: false)
                for order in held {
                    lines.append(.init("holding \(runner.name(of: order.id)) \(order.storeName)", style: .emphasis))
                    lines.append(statusLine(order, now: now))
                }
                let open = try await engine.openJobs()
                lines.append(.init("\(open.count) open job\(open.count == 1 ? "" : "s")", style: open.isEmpty ? .muted : .accent))
                for order in open.prefix(3) { lines.append(.init("  \(runner.name(of: order.id)) \(order.storeName)")) }
            }
        } catch {
            lines.append(.init(error.description, style: .danger))
        }
        if let refusal = session.refusals[role] { lines.insert(.init("✗ \(refusal)", style: .danger.bold()), at: 0) }
        for index in lines.indices
        where fresh.contains(where: {
            lines[index].text.contains($0) || $0.contains(lines[index].text.trimmingCharacters(in: .whitespaces))
        }) {
            lines[index].style = lines[index].style.reversed()
        }
        return PaneModel(role: role, name: runner.displayName(of: actor), lines: lines)
    }

    static func statusLine(_ order: OrderSummary, now: Date) -> PaneModel.Line {
        let label = "  \(order.orderStatus.koreanLabel) · \(order.orderStatus.label)"
        switch order.orderStatus {
        case .deliveryStarted, .pickedUp:
            guard let fraction = order.deliveryProgress(at: now) else { return .init(label) }
            let eta = order.estimatedArrivalAt.map { " ETA \(KoreanTime.clock($0))" } ?? ""
            return .init(label + eta, style: .accent, progress: fraction)
        case .delivered: return .init(label, style: .success)
        case .cancelled, .rejected: return .init(label + (order.refunded ? " (refunded)" : ""), style: .danger)
        case .cooking: return .init(label + (order.estimatedReadyAt.map { " ready \(KoreanTime.clock($0))" } ?? ""), style: .info)
        case .awaitingPayment: return .init(label + (order.paymentNote.map { " · \($0)" } ?? ""), style: .warning)
        case .awaitingConfirmation: return .init(label, style: .warning)
        }
    }
}
