import DeliveryEngine
import EventStore
import Foundation

/// Section 3: does a longer history make the engine slower to open or to use? For each log
/// size, a history is generated, the read models catch up once (timed apart, it happens
/// once per database), and then re-opening and ordering are timed.
struct LogSizeRun {
    let plan: BenchPlan

    struct Result: Codable, Sendable {
        let requestedEvents: Int
        let events: Int
        let orders: Int
        let generateSeconds: Double
        /// The first open after the history was written: the read models project every event.
        let firstOpenSeconds: Double
        let projectedEventsPerSecond: Double
        /// Whether the read models' checkpoint had reached the log's head before re-opening,
        /// i.e. whether a re-open had anything at all to replay.
        let checkpointAtHead: Bool
        let reopenMillisecondsMedian: Double
        let reopenMillisecondsSamples: [Double]
        /// Place + pay, one at a time, on the re-opened engine.
        let commandMillisecondsMedian: Double
        let commandLatency: LatencySummary
        /// Per measured order: this process's CPU time, and its read system calls and bytes
        /// (reading /proc itself included, a handful in all): where a slower command goes.
        let cpuMillisecondsPerOrder: Double
        let readCallsPerOrder: Double
        let readKiBPerOrder: Double
    }

    func run() async throws -> [Result] {
        var results: [Result] = []
        for size in plan.logSizes { results.append(try await measure(logOf: size)) }
        return results
    }

    private func measure(logOf size: Int) async throws -> Result {
        let path = plan.workDirectory.appendingPathComponent("log-\(size).sqlite").path
        PrivateFiles.removeDatabase(at: path)
        defer { PrivateFiles.removeDatabase(at: path) }
        let history = try await OrderHistoryWriter(path: path, targetEvents: size, synchronous: plan.synchronous).write()
        // The history's own writeback (half a gigabyte at 1 M events) is not the projection's.
        BenchFiles.flushEarlierWrites()

        let (engine, firstOpen) = try await timed { try await BenchEngine.open(path, plan: plan) }
        let head = try await engine.headPosition()
        let checkpoint = try await engine.readModelsPosition()
        try await BenchEngine.close(engine)
        BenchFiles.flushEarlierWrites()

        var reopenSamples: [Double] = []
        for _ in 0..<plan.reopenSamples {
            let (reopened, elapsed) = try await timed { try await BenchEngine.open(path, plan: plan) }
            try await BenchEngine.close(reopened)
            reopenSamples.append(elapsed.seconds * 1000)
        }

        let ordering = try await BenchEngine.open(path, plan: plan)
        let kitchen = history.kitchen
        let customer = kitchen.customers[0]
        // A few unmeasured orders first: the new connections' page caches start cold.
        for number in 0..<10 { try await kitchen.placeAndPay(ordering, as: customer, orderNumber: number) }
        var latency = LatencyRecorder()
        var commandSamples: [Double] = []
        let (cpuBefore, ioBefore) = (ProcessCPUTime.now(), ProcessIO.now())
        for number in 0..<plan.commandSamples {
            let (_, elapsed) = try await timed {
                try await kitchen.placeAndPay(ordering, as: customer, orderNumber: 10 + number)
            }
            latency.record(elapsed)
            commandSamples.append(elapsed.seconds * 1000)
        }
        let (cpu, io) = (ProcessCPUTime.now() - cpuBefore, ProcessIO.now())
        try await BenchEngine.close(ordering)
        let samples = Double(plan.commandSamples)

        return Result(
            requestedEvents: size, events: history.events, orders: history.orders, generateSeconds: history.seconds,
            firstOpenSeconds: firstOpen.seconds, projectedEventsPerSecond: Double(head) / firstOpen.seconds,
            checkpointAtHead: checkpoint == head, reopenMillisecondsMedian: median(reopenSamples),
            reopenMillisecondsSamples: reopenSamples, commandMillisecondsMedian: median(commandSamples),
            commandLatency: latency.summary, cpuMillisecondsPerOrder: cpu * 1000 / samples,
            readCallsPerOrder: Double(io.readCalls - ioBefore.readCalls) / samples,
            readKiBPerOrder: Double(io.readBytes - ioBefore.readBytes) / 1024 / samples)
    }
}
