import DeliveryDomain
import Foundation
import Synchronization

/// Charges the payment outbox: finds unanswered requests in the read model, charges them through
/// the engine's processor (in production a ``ResilientPaymentProcessor`` over HTTP: breaker,
/// retries with backoff for transient errors only) in batches of
/// ``Configuration/chargesPerCall``, one round trip each, and records the outcomes on the orders,
/// a batch's in one append (``DeliveryEngine/settlePayments(_:recordingAtOnce:)``).
///
/// Exactly one worker is active per database, whatever the number of processes: each pass first
/// takes or renews a ``WorkerLease``; a worker without it stands by. Every request is charged
/// under its own idempotency key, always the same one, so a pass repeated after a crash or a
/// timeout never charges twice. A request unanswered past ``Configuration/paymentLimit`` is
/// reconciled by key and, if nothing was charged, its order is cancelled by the system. Every
/// order that ended while its request was unanswered has its authorisation voided at the
/// processor, so no card keeps a hold for an order that was never paid, and the release is
/// recorded on the order (``OrderEvent/CardHoldReleased``), so no process releases it again.
public final class PaymentWorker: Sendable {
    public struct Configuration: Sendable {
        /// Unique per worker: the process and an instance id.
        public var holder: String
        /// Default 10 s: a stalled holder is replaced within that, and renewing every pass (a
        /// fraction of a second) leaves plenty of margin.
        public var leaseSeconds: TimeInterval = 10
        /// Pause between passes when there is nothing to do or the processor is down.
        public var idlePause: Duration = .milliseconds(50)
        /// How long a request may wait before its order is given up (``PaymentDeadline``).
        public var paymentLimit: TimeInterval = TimeInterval(PaymentDeadline.defaultMinutes * 60)
        /// Calls to the processor at once (a batch of charges, or one request given up): the
        /// processor's latency, not CPU, bounds a pass.
        public var concurrency = 16
        /// Requests read per pass.
        public var batchSize = 256
        /// Requests charged in one call (``DeliveryEngine/settlePayments(_:recordingAtOnce:)``).
        /// Default 64: an event day's 10,000 requests were drained at about 1,000 a second when
        /// each took two HTTP round trips; in batches the round trips all but vanish, and a
        /// pass's 256 requests still go out as four calls side by side.
        public var chargesPerCall = 64
        /// Hold back while more than this many orders are being placed in this process: a
        /// customer placing an order waits for it, a queued charge does not. Default 4, so a
        /// steady trickle of orders never stalls payments and a burst gets the cores to itself.
        /// Nil never holds back.
        public var yieldAbove: Int? = 4
        /// The longest one hold-back lasts, so payments keep moving under endless load.
        public var longestYield: Duration = .milliseconds(500)
        /// The breaker in front of the gateway, if there is one: the active worker then records
        /// ``PaymentGatewayHealth`` on every transition and once a pass when anything changed.
        /// It is given how many transitions the worker has already seen, so a report need
        /// carry only the ones after them.
        public var breakerReport: (@Sendable (_ knownTransitions: Int) -> BreakerReport)?
        /// How often an unchanged health record is rewritten anyway, so its `updatedAt` shows
        /// the worker is alive. Default 2 s: cheap, and a screen can call a record older than a
        /// few of these stale.
        public var healthHeartbeat: TimeInterval = 2
        /// The clock for the lease and the health record, which other processes compare with
        /// their own clocks; nil uses the engine's. A script on a simulated clock passes the
        /// system clock here, so its lease never looks unexpired to everyone else for days.
        public var clock: (any EngineClock)?

        public init(holder: String = "worker-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))") {
            self.holder = holder
        }
    }

    /// What one pass did.
    public struct Pass: Sendable, Equatable {
        public var leading = false
        public var paid = 0
        public var declined = 0
        public var stillPending = 0
        public var expired = 0
        /// Queued orders let into their store's kitchen.
        public var admitted = 0
        /// Orders that ended unpaid whose card hold the processor has now released (or refunded).
        public var holdsReleased = 0
    }

    /// Running totals, for drills and status screens.
    public struct Totals: Sendable, Equatable {
        public var passes = 0
        public var paid = 0
        public var declined = 0
        public var expired = 0
        /// Orders whose first charge attempt got no answer: they waited in the queue.
        public var deferredOrders: Set<OrderID> = []
        /// Times the worker held back because customers were placing orders in a burst.
        public var heldBack = 0
    }

    public let engine: DeliveryEngine
    public let configuration: Configuration
    public let lease: WorkerLease
    private let totals = Mutex(Totals())
    private let health: GatewayHealthReporter?

    public init(engine: DeliveryEngine, configuration: Configuration = Configuration()) {
        self.engine = engine
        self.configuration = configuration
        let clock = configuration.clock ?? engine.clock
        self.lease = WorkerLease(
            name: "payment-worker", holder: configuration.holder,
            duration: configuration.leaseSeconds, shared: engine.shared, clock: clock)
        self.health = configuration.breakerReport.map {
            GatewayHealthReporter(
                engine: engine, holder: configuration.holder, clock: clock,
                heartbeat: configuration.healthHeartbeat, breaker: $0)
        }
    }

    public var snapshot: Totals { totals.withLock { $0 } }

    /// Takes (or renews) the lease and, if held, works through one batch of the outbox.
    @discardableResult
    public func runOnce() async throws -> Pass {
        var pass = Pass()
        guard (try? await lease.acquire()) == true else { return pass }
        pass.leading = true
        await yieldToPlacements()
        if let health, !health.hasReported { await health.report(pending: try? await engine.pendingPaymentCount()) }
        let pending = try await engine.pendingPayments(limit: configuration.batchSize)
        var queue = Self.calls(for: pending, now: engine.clock.now(), configuration: configuration)[...]
        let results = await withTaskGroup(of: [(OrderID, Step)].self) { group in
            var done: [(OrderID, Step)] = []
            func startNext() {
                guard let next = queue.popFirst() else { return }
                group.addTask {
                    switch next {
                    case .expired(let request):
                        return [(request.order, await self.expire(request))]
                    case .charges(let requests):
                        return await self.engine.settlePayments(requests.map(\.order)).map { ($0.order, Self.step($0.result)) }
                    }
                }
            }
            for _ in 0..<configuration.concurrency { startNext() }
            while let result = await group.next() {
                done += result
                await health?.report(pending: nil)  // a transition mid-pass is recorded at once
                await yieldToPlacements()
                startNext()
            }
            return done
        }
        totals.withLock { totals in
            totals.passes += 1
            for (order, step) in results {
                switch step {
                case .paid: pass.paid += 1; totals.paid += 1
                case .declined: pass.declined += 1; totals.declined += 1
                case .pending: pass.stillPending += 1; totals.deferredOrders.insert(order)
                case .expired: pass.expired += 1; totals.expired += 1
                case .gone: break
                }
            }
        }
        pass.holdsReleased = await releaseCardHolds()
        pass.admitted = (try? await engine.admitQueuedOrders().count) ?? 0
        if let health {
            // A batch smaller than its limit held every request pending when the pass read the
            // outbox, so what it left unanswered is the count: no second query, which an idle
            // worker would otherwise make every pass. Requests placed since show next pass.
            let left = pending.count < configuration.batchSize ? pass.stillPending : try? await engine.pendingPaymentCount()
            await health.report(pending: left)
        }
        return pass
    }

    /// Waits (within ``Configuration/longestYield``) while a burst of placements is under way.
    private func yieldToPlacements() async {
        guard let limit = configuration.yieldAbove, engine.placements.current > limit else { return }
        totals.withLock { $0.heldBack += 1 }
        let clock = ContinuousClock()
        let until = clock.now.advanced(by: configuration.longestYield)
        while engine.placements.current > limit, clock.now < until, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(2))
        }
    }

    /// Passes until the task is cancelled; gives the lease up on the way out.
    public func run() async {
        while !Task.isCancelled {
            await engine.followStoredTime()  // on a simulated database, a script may have moved the time
            let pass = (try? await runOnce()) ?? Pass()
            let busy = pass.leading && (pass.paid + pass.declined + pass.expired + pass.admitted + pass.holdsReleased) > 0
            if !busy { try? await Task.sleep(for: configuration.idlePause) }
        }
        // A fresh task: this one is cancelled, and the database refuses work for a cancelled task.
        let lease = lease
        await Task { try? await lease.release() }.value
    }

    enum Step { case paid, declined, pending, expired, gone }

    /// Voids the authorisations of orders that ended unpaid, one batch a pass. One at a time: they
    /// are rare (a cancellation racing a charge, a payment given up), and none is urgent to a customer.
    private func releaseCardHolds() async -> Int {
        guard let holds = try? await engine.cardHoldsToRelease(limit: configuration.batchSize) else { return 0 }
        var released = 0
        for hold in holds where !Task.isCancelled {
            switch try? await engine.releaseCardHold(hold) {
            case .released?, .refunded?: released += 1
            case .unreconciled?, nil: break
            }
        }
        return released
    }

    /// One pass's calls: each request unanswered past the limit on its own (it is reconciled by
    /// key, never charged again), the rest in batches of ``Configuration/chargesPerCall``.
    enum Call: Sendable {
        case expired(PendingPayment)
        case charges([PendingPayment])
    }

    static func calls(for pending: [PendingPayment], now: Date, configuration: Configuration) -> [Call] {
        let isExpired = { (request: PendingPayment) in now.timeIntervalSince(request.requestedAt) >= configuration.paymentLimit }
        let fresh = pending.filter { !isExpired($0) }
        let size = max(1, configuration.chargesPerCall)
        return pending.filter(isExpired).map(Call.expired)
            + stride(from: 0, to: fresh.count, by: size).map { .charges(Array(fresh[$0..<min($0 + size, fresh.count)])) }
    }

    private func expire(_ request: PendingPayment) async -> Step {
        switch try? await engine.expirePayment(request.order, limitSeconds: configuration.paymentLimit) {
        case .paid: return .paid
        case .declined: return .declined
        case .cancelled: return .expired
        case .unreconciled, nil: return .pending
        }
    }

    static func step(_ result: Result<PaymentResult, DeliveryError>) -> Step {
        switch result {
        case .success(.paid): .paid
        // Either way the request left the queue unpaid: the pass counts it with the declines.
        case .success(.declined), .success(.processorFailed): .declined
        case .success(.pending): .pending
        case .failure: .gone  // answered or stopped meanwhile; the read model will drop it
        }
    }
}
