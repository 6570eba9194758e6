import Foundation
import Resilience
import Synchronization

/// The active worker's side of ``PaymentGatewayHealth``: it compares the breaker and the outbox
/// with what it last wrote and writes only on a change, or every `heartbeat` so readers can tell
/// a quiet worker from a gone one. Reading the breaker takes a lock, not a query, so checking
/// after every charge is cheap.
final class GatewayHealthReporter: Sendable {
    private struct Memo {
        var state: CircuitBreaker.State?
        /// The breaker's transition count when last written.
        var transitionCount = 0
        /// How many of the breaker's transitions have been placed (on this worker's clock).
        var seen = 0
        var pending: Int?
        var writtenAt: Date?
        /// When this worker first saw its breaker, for a breaker that never changed state.
        var firstSeen: Date?
        /// The latest of the breaker's transitions placed on this worker's clock, in the
        /// breaker's order (as many as the health record keeps): each is placed once, when first
        /// seen, so its time never drifts between reports.
        var placed: [CircuitBreaker.Transition<Date>] = []
    }

    private let engine: DeliveryEngine
    private let holder: String
    private let clock: any EngineClock
    private let heartbeat: TimeInterval
    private let breaker: @Sendable (_ knownTransitions: Int) -> BreakerReport
    private let memo = Mutex(Memo())

    init(
        engine: DeliveryEngine, holder: String, clock: any EngineClock, heartbeat: TimeInterval,
        breaker: @escaping @Sendable (_ knownTransitions: Int) -> BreakerReport
    ) {
        self.engine = engine
        self.holder = holder
        self.clock = clock
        self.heartbeat = heartbeat
        self.breaker = breaker
    }

    /// False until the first write: the worker then reports once before charging anything, so a
    /// gateway that answers slowly from the start is visible before its first timeout.
    var hasReported: Bool { memo.withLock { $0.writtenAt != nil } }

    /// Writes if the breaker changed state since the last write, or the pending count changed,
    /// or the heartbeat is due. `pending` nil (mid-pass) keeps the last count and skips the heartbeat.
    func report(pending: Int?) async {
        let report = breaker(memo.withLock { $0.seen })
        let now = clock.now()
        let due: Bool = memo.withLock { memo in
            if memo.firstSeen == nil { memo.firstSeen = now }
            memo.placed += report.transitions(after: memo.seen, reportedAt: now)
            memo.seen = max(memo.seen, report.transitionCount)
            if memo.placed.count > PaymentGatewayHealthRecord.keptTransitions {
                memo.placed.removeFirst(memo.placed.count - PaymentGatewayHealthRecord.keptTransitions)
            }
            let changed =
                memo.state != report.state || memo.transitionCount != report.transitionCount
                || (pending != nil && pending != memo.pending)
            let stale = memo.writtenAt.map { now.timeIntervalSince($0) >= heartbeat || now < $0 } ?? true
            return changed || (pending != nil && stale)
        }
        guard due else { return }
        let (transitions, firstSeen, lastPending) = memo.withLock {
            (Array($0.placed.suffix(PaymentGatewayHealthRecord.keptTransitions)), $0.firstSeen, $0.pending)
        }
        let count = pending ?? lastPending ?? 0
        let since = transitions.last?.at ?? firstSeen ?? now
        let record = PaymentGatewayHealthRecord(
            health: PaymentGatewayHealth(breaker: report.state, since: since, pendingPayments: count, updatedAt: now),
            transitions: transitions, holder: holder)
        guard (try? await engine.recordGatewayHealth(record)) != nil else { return }
        memo.withLock { memo in
            memo.state = report.state
            memo.transitionCount = report.transitionCount
            memo.pending = count
            memo.writtenAt = now
        }
    }
}
