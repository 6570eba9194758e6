import DeliveryDomain
import Foundation
import GRDB

extension DeliveryEngine {
    /// Cancels and refunds every paid order whose store let the confirmation deadline pass.
    /// Any process may run this at any moment: if two race on one order, one appends and the
    /// other is refused, so each order is cancelled once.
    ///
    /// With the in-process processor (no payment worker) it also gives up payment requests left
    /// unanswered past ``PaymentDeadline`` — a process killed between recording a request and
    /// charging it — so no payment is stranded and the customer may order again.
    @discardableResult
    public func fireDueTimeouts() async throws(DeliveryError) -> [OrderID] {
        let now = clock.now()
        let due = try await read { db in try DueTimers.overdueConfirmations(db, at: now) }
        var cancelled: [OrderID] = []
        for id in due {
            do {
                try await act(on: id, as: .system) { _, now in .autoCancel(now: now) }
                cancelled.append(id)
            } catch .refused {
                continue  // confirmed or cancelled meanwhile, by someone else
            }
        }
        if !queuesPayments { cancelled += await expireStrandedPayments(at: now) }
        return cancelled
    }

    private func expireStrandedPayments(at now: Date) async -> [OrderID] {
        guard let pending = try? await pendingPayments() else { return [] }
        var expired: [OrderID] = []
        for request in pending where DueTimers.isStranded(requestedAt: request.requestedAt, at: now) {
            if case .cancelled? = try? await expirePayment(request.order, limitSeconds: DueTimers.paymentLimit) {
                expired.append(request.order)
            }
        }
        return expired
    }
}
