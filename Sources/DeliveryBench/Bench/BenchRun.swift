import Foundation

/// One `baedal bench` run: the raw baseline in rounds between the engine's client counts (so
/// both see the same machine), then the log sizes. Progress is told to `progress` as it goes.
public struct BenchRun {
    public let plan: BenchPlan

    public init(plan: BenchPlan) {
        self.plan = plan
    }

    public func run(progress: (String) -> Void) async throws -> BenchReport {
        let machine = MachineDescription.current()
        let baseline = try await RawBaselineRun(plan: plan)
        let engineLoad = OrderLoadRun(plan: plan)
        var load: [OrderLoadRun.Level] = []
        for clients in plan.clientCounts {
            progress("raw baseline round: \(plan.rawInserts) inserts, synchronous \(plan.synchronous.rawValue)…")
            try await baseline.round()
            progress("engine: \(clients) client\(clients == 1 ? "" : "s"), \(plan.measuredSecondsPerLevel) s…")
            load.append(try await engineLoad.runLevel(clients: clients))
        }
        progress("raw baseline round: \(plan.rawInserts) inserts…")
        try await baseline.round()
        let raw = try baseline.finish()
        if !plan.logSizes.isEmpty {
            progress("log sizes \(plan.logSizes.map(String.init).joined(separator: ", ")) events (writing the history takes a while)…")
        }
        let logs = try await LogSizeRun(plan: plan).run()
        return BenchReport(machine: machine, synchronous: plan.synchronous.rawValue, raw: raw, load: load, logSizes: logs)
    }
}
