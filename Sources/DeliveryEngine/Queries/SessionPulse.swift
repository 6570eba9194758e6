import DeliveryDomain
import Foundation
import GRDB

/// What an idle session asks the database on its slow tick, answered by one read: has the log
/// moved, is any timer due that a session should fire, and what did the payment worker last
/// report. One read instead of four, because a server holding a thousand idle sessions pays
/// for every one of them on every tick.
public struct SessionPulse: Sendable, Equatable {
    /// The log's head position; on a shared log (PostgreSQL), the position this process's
    /// projection has taken in, which its follower moves at every wake-up from the server.
    public var head: Int64
    /// Whether an order awaiting confirmation passed its deadline, or (without a payment worker)
    /// a payment request outlived its deadline: then ``DeliveryEngine/fireDueTimeouts()`` has work.
    /// Also true while the read models have not taken in the whole log, since they cannot say:
    /// firing the timers then catches them up first and looks properly.
    public var timersDue: Bool
    /// Whether the read models have not taken in the whole log: the usual case right after a
    /// change made elsewhere, when catching them up (``DeliveryEngine/refresh()``) is all there
    /// is to do, and cheaper than firing the timers.
    public var readModelsBehind: Bool = false
    /// Whether a store's queue holds orders its kitchen has room for while no payment worker
    /// lets them in (in-process payments): then the session runs
    /// ``DeliveryEngine/admitQueuedOrders()``, as it fires due timers.
    public var admissionDue: Bool = false
    /// The payment worker's last report; nil when none ever reported.
    public var health: PaymentGatewayHealth?
    /// Moves on whenever any account's password changes (``ReadModelRevision/passwords``): a
    /// signed-in session then asks whether its own account's did, and ends if so.
    public var passwordsRevision: Int64 = 0
}

extension DeliveryEngine {
    /// The pulse as of the engine's time now. Reads the read models as they stand, without
    /// catching them up (that is a write): when they are behind the log, `timersDue` says so.
    public func pulse() async throws(DeliveryError) -> SessionPulse {
        let now = clock.now()
        let firesPaymentTimers = !queuesPayments
        do {
            // On a shared log the head is what this process's projection has taken in, and the
            // report the one its follower read with it: the follower catches up and reads the
            // report at every wake-up from the server (at the latest its safety poll's) before
            // waking sessions, so asking the server again would only cost a round trip. Until the
            // follower's first catch-up both come from the server, side by side.
            var known: (head: Int64?, health: PaymentGatewayHealth?)?
            if let follower {
                follower.sessionsFollow()
                if let report = follower.report {
                    known = (nil, report.map(PaymentGatewayHealthRecord.init(row:))?.health)
                } else {
                    async let head = store.headPosition()
                    async let report = shared.healthRow()
                    known = (try await head, try await report.map(PaymentGatewayHealthRecord.init(row:))?.health)
                }
            }
            let remote = known
            return try await pool.read { db in
                let checkpoint = try Projector.checkpoint(db)
                let head =
                    try remote.map { $0.head ?? checkpoint }
                    ?? Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) FROM events") ?? 0
                let behind = checkpoint < head
                let due =
                    try behind || DueTimers.anyOverdueConfirmation(db, at: now)
                    || (firesPaymentTimers && DueTimers.anyStrandedPayment(db, at: now))
                let health = try remote.map(\.health) ?? PaymentGatewayHealthRecord.fetch(db)?.health
                return SessionPulse(
                    head: head, timersDue: due, readModelsBehind: behind,
                    admissionDue: try firesPaymentTimers && KitchenRoom.anyAdmissible(db, at: now), health: health,
                    passwordsRevision: try ReadModelRevision.passwords.current(db))
            }
        } catch {
            throw DeliveryError.wrap(error)
        }
    }
}
