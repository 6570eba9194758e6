import DeliveryDomain
import DeliveryEngine
import EventStore
import Foundation
import PostgresEventStore

/// Section 2: customers placing and paying for orders at once, against one engine and one
/// store. Each concurrency level gets a fresh database (a file, or a schema on PostgreSQL), so
/// its group-commit statistics (and its log's size) belong to that level alone.
struct OrderLoadRun {
    let plan: BenchPlan

    struct Level: Codable, Sendable {
        let clients: Int
        let orders: Int
        let seconds: Double
        let ordersPerSecond: Double
        /// Two appends per paid order: placement with the payment request, then the outcome.
        let commandsPerSecond: Double
        let latency: LatencySummary
        let groupCommit: GroupCommitDelta
        /// This process's CPU time over the window, per order, and how many of the machine's
        /// cores that kept busy on average: near the core count means the processor, not the
        /// disk, was the limit.
        let cpuMillisecondsPerOrder: Double
        let coresBusy: Double
        /// On PostgreSQL, the raw rate this level is compared with: the mean of the rounds just
        /// before and just after it, with as many clients. Nil on SQLite (the median round).
        var rawInsertsPerSecond: Double? = nil
    }

    /// The committer's counters over the measured window only (warm-up subtracted), except
    /// the largest group, which the store only keeps since it opened.
    struct GroupCommitDelta: Codable, Sendable {
        let transactions: Int
        let appends: Int
        let appendsPerTransaction: Double
        let largestGroupSinceOpen: Int
    }

    /// A fresh database for the level (a file, or a schema on the server), dropped afterwards.
    func runLevel(clients: Int, scratch: PostgresScratch?) async throws -> Level {
        let location =
            try scratch?.location("engine_\(clients)")
            ?? plan.workDirectory.appendingPathComponent("orders-\(clients)-clients.sqlite").path
        do {
            let level = try await measure(at: location, clients: clients)
            try await remove(location, scratch: scratch)
            return level
        } catch {
            try? await remove(location, scratch: scratch)
            throw error
        }
    }

    private func remove(_ location: String, scratch: PostgresScratch?) async throws {
        if let scratch {
            try await scratch.drop(try PostgresURL(parsing: location))  // the schema named in it
        } else {
            PrivateFiles.removeDatabase(at: location)
        }
    }

    private func measure(at location: String, clients: Int) async throws -> Level {
        BenchFiles.flushEarlierWrites()
        let engine = try await BenchEngine.open(location, plan: plan)
        let kitchen = try await BenchKitchen.setUp(in: engine, customers: clients)

        _ = try await drive(engine, kitchen, clients: clients, for: plan.warmupSecondsPerLevel)
        let before = await BenchEngine.groupCommitStatistics(engine)
        let cpuBefore = ProcessCPUTime.now()
        let tally = try await drive(engine, kitchen, clients: clients, for: plan.measuredSecondsPerLevel)
        let cpu = ProcessCPUTime.now() - cpuBefore
        let after = await BenchEngine.groupCommitStatistics(engine)
        try await BenchEngine.close(engine)

        let transactions = after.transactions - before.transactions
        let appends = after.appends - before.appends
        return Level(
            clients: clients, orders: tally.orders, seconds: tally.elapsed.seconds,
            ordersPerSecond: Double(tally.orders) / tally.elapsed.seconds,
            commandsPerSecond: Double(appends) / tally.elapsed.seconds,
            latency: tally.latency.summary,
            groupCommit: GroupCommitDelta(
                transactions: transactions, appends: appends,
                appendsPerTransaction: transactions == 0 ? 0 : Double(appends) / Double(transactions),
                largestGroupSinceOpen: after.largestGroup),
            cpuMillisecondsPerOrder: cpu * 1000 / Double(max(tally.orders, 1)),
            coresBusy: cpu / tally.elapsed.seconds)
    }

    private struct Tally: Sendable {
        var orders = 0
        var latency = LatencyRecorder()
        var elapsed: Duration = .zero
    }

    /// Every client orders back to back until the time is up; an order begun before the end
    /// is finished and counted, and the elapsed time runs until the last one is paid.
    private func drive(_ engine: DeliveryEngine, _ kitchen: BenchKitchen, clients: Int, for seconds: Double)
        async throws -> Tally
    {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start.advanced(by: .milliseconds(Int64(seconds * 1000)))
        var total = Tally()
        try await withThrowingTaskGroup(of: Tally.self) { group in
            for client in 0..<clients {
                let customer = kitchen.customers[client]
                group.addTask {
                    var mine = Tally()
                    while clock.now < deadline {
                        // The number only picks the cart, so neighbouring clients order different things.
                        let number = client + mine.orders
                        let (_, latency) = try await timed {
                            try await kitchen.placeAndPay(engine, as: customer, orderNumber: number)
                        }
                        mine.latency.record(latency)
                        mine.orders += 1
                    }
                    return mine
                }
            }
            for try await client in group {
                total.orders += client.orders
                total.latency.add(client.latency)
            }
        }
        total.elapsed = clock.now - start
        return total
    }
}
