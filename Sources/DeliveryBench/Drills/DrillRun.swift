import DeliveryDomain
import DeliveryEngine
import Foundation
import LivePayments
import PaymentGateway
import Payments
import Resilience
import Synchronization

/// One drill: a gateway of its own on a free port, a fresh database with one store, simulated
/// customers placing and paying concurrently while the payment worker charges the outbox, the
/// gateway broken and healed on schedule, then an audit of the log against the gateway's ledger.
public struct DrillRun: Sendable {
    public struct Plan: Sendable {
        public var name: String
        public var customers: Int
        /// Placements are spread evenly over this window.
        public var arrivalSeconds: Double
        /// The fault and when it applies, seconds from the start; nil for a healthy gateway.
        public var outage: (fault: FaultMode, from: Double, to: Double)?
        /// Give up waiting for the outbox to drain after this long.
        public var drainTimeoutSeconds: Double = 120
        /// The drill's database: a fresh file (the command makes a private scratch one unless told where).
        public var databasePath: String
        public var progress = true
        /// Hot store: the kitchen takes this many orders at once; the rest queue.
        public var kitchenCapacity: Int?
        /// Event dish: only this many portions, spread over `stockShards` streams.
        public var stock: Int?
        public var stockShards = 8

        public init(
            name: String, customers: Int, arrivalSeconds: Double,
            outage: (fault: FaultMode, from: Double, to: Double)?, drainTimeoutSeconds: Double = 120,
            databasePath: String, progress: Bool = true, kitchenCapacity: Int? = nil, stock: Int? = nil,
            stockShards: Int = 8
        ) {
            self.name = name
            self.customers = customers
            self.arrivalSeconds = arrivalSeconds
            self.outage = outage
            self.drainTimeoutSeconds = drainTimeoutSeconds
            self.databasePath = databasePath
            self.progress = progress
            self.kitchenCapacity = kitchenCapacity
            self.stock = stock
            self.stockShards = stockShards
        }
    }

    public let plan: Plan

    public init(plan: Plan) {
        self.plan = plan
    }

    /// What the simulated customers saw, shared by their tasks.
    final class Tally: Sendable {
        struct Counts { var attempted = 0, accepted = 0, refused = 0, orders: [OrderID] = [], errors: [String] = [] }
        let counts = Mutex(Counts())
        let latency = Mutex(LatencyRecorder())
    }

    public func run() async throws -> DrillReport {
        let start = ContinuousClock.now
        let machine = MachineDescription.current()
        @Sendable func elapsed() -> Double { (ContinuousClock.now - start).seconds }

        let gateway = try await GatewayServer.start(port: 0, logLevel: .critical)
        let connection = GatewayConnection(
            url: URL(string: gateway.baseURL)!, timeout: .seconds(2),
            now: { ContinuousClock.now - start })
        let processor = connection.processor
        let engine = try await DeliveryEngine.open(
            path: plan.databasePath,
            options: DeliveryEngine.Options(
                payments: processor, hasher: .fastForTests, synchronous: .normal, queuesPayments: true))
        let world = try await DrillWorld.make(engine: engine, customers: plan.customers)
        if let capacity = plan.kitchenCapacity {
            try await engine.setKitchenCapacity(capacity, for: world.store, as: world.owner)
        }
        if let stock = plan.stock {
            try await engine.limitStock(of: world.item, in: world.store, quantity: stock, shards: plan.stockShards, as: world.owner)
        }

        // Reporting the breaker lets screens on the drill's --db file show the outage live.
        var workerConfiguration = PaymentWorker.Configuration()
        workerConfiguration.breakerReport = { connection.breakerReport(after: $0) }
        let worker = PaymentWorker(engine: engine, configuration: workerConfiguration)
        let workerTask = Task { await worker.run() }

        let tally = Tally()
        let runStart = ContinuousClock.now
        @Sendable func sinceRun() -> Double { (ContinuousClock.now - runStart).seconds }
        let outageTask: Task<Double?, Never>? = plan.outage.map { outage in
            Task {
                try? await Task.sleep(until: runStart + .milliseconds(Int64(outage.from * 1000)))
                await gateway.setFaults(outage.fault)
                try? await Task.sleep(until: runStart + .milliseconds(Int64(outage.to * 1000)))
                await gateway.setFaults(.healthy)
                return sinceRun()
            }
        }
        let progressTask: Task<Void, Never>? =
            !plan.progress
            ? nil
            : Task {
                while !Task.isCancelled {
                    let counts = tally.counts.withLock { ($0.attempted, $0.accepted) }
                    // Counted, not listed: listing 10,000 pending rows four times a second took
                    // the cores the drill measures away from the customers and the worker.
                    let pending = (try? await engine.pendingPaymentCount()) ?? -1
                    let faults = await gateway.faults()
                    let line =
                        "\r" + String(format: "%6.1f s", sinceRun())
                        + "  placed \(counts.0)/\(plan.customers)  accepted \(counts.1)  payments pending \(pending)"
                        + "  breaker \(processor.state.rawValue)  gateway \(faults)     "
                    FileHandle.standardError.write(Data(line.utf8))
                    try? await Task.sleep(for: .milliseconds(250))
                }
            }

        await withTaskGroup(of: Void.self) { group in
            for (index, customer) in world.customers.enumerated() {
                let offset = plan.customers > 1 ? plan.arrivalSeconds * Double(index) / Double(plan.customers) : 0
                group.addTask {
                    try? await Task.sleep(until: runStart + .microseconds(Int64(offset * 1_000_000)))
                    await Self.placeOne(customer: customer, world: world, engine: engine, tally: tally)
                }
            }
        }
        let placementsDone = sinceRun()
        let healedAt = await outageTask?.value
        let recovery = max(healedAt ?? placementsDone, placementsDone)

        // Wait (with a deadline) for the outbox to drain.
        var drainedAt: Double?
        let deadline = ContinuousClock.now + .milliseconds(Int64(plan.drainTimeoutSeconds * 1000))
        while ContinuousClock.now < deadline {
            if (try? await engine.pendingPayments(limit: 1).isEmpty) == true { drainedAt = sinceRun(); break }
            try? await Task.sleep(for: .milliseconds(20))
        }
        workerTask.cancel()
        await workerTask.value
        progressTask?.cancel()
        await progressTask?.value
        if plan.progress { FileHandle.standardError.write(Data("\n".utf8)) }

        var report = try await audit(engine: engine, gateway: gateway, tally: tally, worker: worker, machine: machine)
        report.kitchenCapacity = plan.kitchenCapacity
        if plan.kitchenCapacity != nil {
            report.kitchenQueueLength = try await engine.kitchenQueueLength(world.store)
            report.inKitchen = try await engine.storeOrders(world.owner, statuses: [.awaitingConfirmation]).count
        }
        if let stock = plan.stock {
            report.stock = stock
            report.stockLeft = try await engine.remainingStock(world.item)
            report.oversold = max(0, report.accepted * 2 - stock) + max(0, -(report.stockLeft ?? 0))
        }
        report.placementsPerSecond = Double(report.accepted) / max(placementsDone, 0.001)
        report.paidPerSecond = Double(report.paid) / max(drainedAt ?? sinceRun(), 0.001)
        if let outage = plan.outage {
            report.outage = .init(fault: outage.fault.description, fromSeconds: outage.from, toSeconds: outage.to)
        }
        let offset = (runStart - start).seconds
        report.breakerTransitions = processor.transitions.map { $0.placed { $0.seconds - offset } }
        report.drainSecondsAfterRecovery = drainedAt.map { max(0, $0 - recovery) }
        report.durationSeconds = elapsed()
        await connection.shutdown()
        await gateway.shutdown()
        return report
    }

    static func placeOne(customer: Actor, world: DrillWorld, engine: DeliveryEngine, tally: Tally) async {
        tally.counts.withLock { $0.attempted += 1 }
        let began = ContinuousClock.now
        let outcome: Result<OrderID, DeliveryError>
        do {
            let result = try await engine.placeOrder(
                from: world.store, lines: [CartLine(item: world.item, quantity: 2)],
                card: DrillWorld.card, as: customer)
            outcome = .success(result.order)
        } catch {
            outcome = .failure(error)
        }
        let elapsed = ContinuousClock.now - began
        tally.latency.withLock { $0.record(elapsed) }
        tally.counts.withLock { counts in
            switch outcome {
            case .success(let order): counts.accepted += 1; counts.orders.append(order)
            case .failure(.refused): counts.refused += 1
            case .failure(let error): counts.errors.append(error.description)
            }
        }
    }

    /// Counts from the log and the gateway, not from what the tasks believed.
    func audit(
        engine: DeliveryEngine, gateway: RunningGateway, tally: Tally, worker: PaymentWorker,
        machine: MachineDescription
    ) async throws -> DrillReport {
        let counts = tally.counts.withLock { $0 }
        var report = DrillReport(
            drill: plan.name, customers: plan.customers, arrivalSeconds: plan.arrivalSeconds,
            machine: machine)
        report.attempted = counts.attempted
        report.accepted = counts.accepted
        report.refused = counts.refused
        report.queued = worker.snapshot.deferredOrders.count
        report.workerHeldBack = worker.snapshot.heldBack

        var paidInLog: Set<String> = []
        var missing = 0
        for order in counts.orders {
            guard let state = try? await engine.orderState(order) else { missing += 1; continue }
            if state.payment != nil { report.paid += 1; paidInLog.insert(order.rawValue) }
            switch state.status {
            case .cancelled, .rejected: report.cancelled += 1
            case .awaitingPayment:
                if state.pendingPayment != nil { report.stillPending += 1 } else { report.declined += 1 }
            default: break
            }
        }
        // Orders in the log that no customer was told about would be lost too: count order streams.
        try await engine.refresh()  // a projection that follows a shared log may be a wake-up behind
        let streams = try await engine.orderCount()
        report.lost = missing + counts.errors.count + abs(streams - counts.accepted)

        let stats = await gateway.stats()
        report.gatewayDuplicateCaptures = stats.duplicateCaptures
        report.maxCapturesPerOrder = stats.capturesByReference.values.max() ?? 0
        report.doubleCharges = stats.duplicateCaptures + stats.capturesByReference.values.filter { $0 > 1 }.count
        let captured = Set(stats.capturesByReference.filter { $0.value > 0 }.keys)
        report.capturesMatchLog = captured == paidInLog
        report.availability = counts.attempted == 0 ? 0 : Double(counts.accepted) / Double(counts.attempted)

        report.placementLatency = tally.latency.withLock { $0.summary }
        return report
    }
}
