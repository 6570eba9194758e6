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
        let scratch: PostgresScratch?
        let durability: String
        switch plan.database {
        case .sqlite:
            scratch = nil
            durability = plan.synchronous.rawValue
        case .postgres(let location, _):
            let server = try PostgresScratch(location: location)
            scratch = server
            durability = try await server.durability()
            progress("on PostgreSQL \(server.base), in scratch schemas bench_\(server.run)_… (dropped at the end)")
        }
        let baseline = try await RawBaselineRun(plan: plan, scratch: scratch)
        let engineLoad = OrderLoadRun(plan: plan)
        var load: [OrderLoadRun.Level] = []
        var ceilings: [OneCallCeiling.Result] = []
        let raw: RawBaselineRun.Result
        do {
            for clients in plan.clientCounts {
                // On PostgreSQL the floor is measured with the level's own client count.
                let rawClients = scratch == nil ? 1 : clients
                let clientsText = "\(rawClients) client\(rawClients == 1 ? "" : "s")"
                func rawRound() async throws {
                    progress("raw baseline round: \(plan.rawInserts) inserts, \(clientsText), \(durability)…")
                    try await baseline.round(clients: rawClients)
                }
                for run in 1...max(1, plan.repeats) {
                    try await rawRound()
                    let runText = plan.repeats > 1 ? ", run \(run) of \(plan.repeats)" : ""
                    progress("engine: \(clients) client\(clients == 1 ? "" : "s"), \(plan.measuredSecondsPerLevel) s\(runText)…")
                    var level = try await engineLoad.runLevel(clients: clients, scratch: scratch)
                    if let scratch {
                        progress("one call at a time: groups of \(OneCallCeiling.groupSize(after: level)), one client…")
                        ceilings.append(try await Self.ceiling(after: level, in: scratch, seconds: plan.measuredSecondsPerLevel / 3))
                        // The level is bracketed: compared with the rounds just before and just
                        // after it, so a machine that speeds up or slows down during the level
                        // moves both sides alike.
                        try await rawRound()
                        level.rawInsertsPerSecond = baseline.lastBracket
                    }
                    load.append(level)
                }
            }
            if scratch == nil {
                progress("raw baseline round: \(plan.rawInserts) inserts…")
                try await baseline.round()
            }
            raw = try await baseline.finish()
        } catch {
            _ = try? await baseline.finish()
            throw error
        }
        var logs: [LogSizeRun.Result] = []
        var logSizesNote: String?
        if plan.database.isPostgres {
            if !plan.logSizes.isEmpty { logSizesNote = BenchReport.logSizesOnPostgres }
        } else {
            if !plan.logSizes.isEmpty {
                progress("log sizes \(plan.logSizes.map(String.init).joined(separator: ", ")) events (writing the history takes a while)…")
            }
            logs = try await LogSizeRun(plan: plan).run()
        }
        return BenchReport(
            machine: machine, backend: plan.database.name, synchronous: durability, raw: raw, load: load, ceilings: ceilings,
            logSizes: logs, logSizesNote: logSizesNote)
    }

    /// ``OneCallCeiling`` with the level's group size, on a scratch schema of its own.
    private static func ceiling(
        after level: OrderLoadRun.Level, in scratch: PostgresScratch, seconds: Double
    ) async throws -> OneCallCeiling.Result {
        let url = scratch.url("ceiling_\(level.clients)")
        do {
            let result = try await OneCallCeiling(url: url).measure(after: level, seconds: seconds)
            try await scratch.drop(url)
            return result
        } catch {
            try? await scratch.drop(url)
            throw error
        }
    }
}
