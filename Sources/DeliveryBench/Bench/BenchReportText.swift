import Foundation

/// The report as a person reads it: one section per measurement, then the targets.
extension BenchReport {
    public var text: String {
        var out: [String] = []
        let onSQLite = backend == BenchDatabase.sqlite.name
        let durability = onSQLite ? "SQLite, synchronous = \(synchronous)" : "\(backend) (\(synchronous))"
        out.append(
            "baedal bench — \(machine.processors) × \(machine.cpuModel), \(String(format: "%.0f", machine.memoryGiB)) GiB, "
                + "load average at start \(machine.loadAverageAtStart), \(machine.build) build; \(durability)")
        out.append("")
        if onSQLite {
            out.append("1. Raw baseline (RawInsertBaseline: one row per commit, one client)")
            let rounds = raw.rounds.map { f($0.insertsPerSecond, 0) }.joined(separator: ", ")
            out.append(
                "   \(raw.rounds.count) rounds of \(raw.rounds.first?.inserts ?? 0) inserts: \(rounds) inserts/s; "
                    + "median \(f(raw.insertsPerSecond, 0)) inserts/s")
        } else {
            out.append("1. Raw baseline (RawInsertBaseline: one plain row per autocommitted INSERT, same server, same client count)")
            let rounds = raw.rounds.map { "\($0.clients) client\($0.clients == 1 ? "" : "s") \(f($0.insertsPerSecond, 0))" }
            out.append(
                "   rounds of \(raw.rounds.first?.inserts ?? 0) inserts just before and just after each engine level: "
                    + rounds.joined(separator: ", ") + " inserts/s")
        }
        out.append(
            "   latency over all rounds: p50 \(ms(raw.latency.p50)), p99 \(ms(raw.latency.p99)), max \(ms(raw.latency.max)); "
                + "CPU per insert \(f(median(raw.rounds.map(\.cpuMillisecondsPerInsert)), 3)) ms")
        out.append("")
        out.append("2. Engine: place + pay one order (2 appends: placement with payment request, then the outcome)")
        out.append(
            "   clients  orders  orders/s  commands/s  orders÷raw  commands÷raw    p50 ms    p99 ms    max ms"
                + "   txns  appends  appends/txn  largest group  CPU ms/order  cores busy")
        for level in load {
            let rawRate = rawRate(for: level)
            let columns: [String] = [
                pad(level.clients, 9), pad(level.orders, 7), pad(f(level.ordersPerSecond, 1), 9),
                pad(f(level.commandsPerSecond, 1), 11), pad(f(level.ordersPerSecond / rawRate, 2), 11),
                pad(f(level.commandsPerSecond / rawRate, 2), 13), pad(ms(level.latency.p50, unit: false), 9),
                pad(ms(level.latency.p99, unit: false), 9), pad(ms(level.latency.max, unit: false), 9),
                pad(level.groupCommit.transactions, 6), pad(level.groupCommit.appends, 8),
                pad(f(level.groupCommit.appendsPerTransaction, 2), 12), pad(level.groupCommit.largestGroupSinceOpen, 14),
                pad(f(level.cpuMillisecondsPerOrder, 2), 13), pad(f(level.coresBusy, 2), 11),
            ]
            out.append("  " + columns.joined(separator: " "))
        }
        let divisor =
            onSQLite
            ? "median raw inserts/s (\(f(raw.insertsPerSecond, 0)))"
            : "raw inserts/s with as many clients, measured just before and just after (mean)"
        let transactions = onSQLite ? "txns/appends" : "txns/appends (calls of append_events)"
        out.append(
            "   ÷raw = engine rate ÷ \(divisor). \(transactions): group commit over the"
                + " measured window; largest group: since that level's engine opened (setup and warm-up included).")
        out.append("   CPU ms/order and cores busy: this process's user+system CPU over the measured window (\(machine.processors) cores).")
        if !ceilings.isEmpty { out += ceilingLines }
        out.append("")
        out.append("3. Flat with log size (place + pay measured one at a time on a re-opened engine)")
        if let logSizesNote {
            out.append("   " + logSizesNote)
        } else if logSizes.isEmpty {
            out.append("   Not measured in this run (--log-sizes 0).")
        }
        if !logSizes.isEmpty {
            out.append(
                "        events   orders  generate s  first open (projection) s  projected ev/s  checkpoint=head"
                    + "  re-open ms (median)  command ms (median)  command p99 ms  CPU ms/order  reads/order  KiB read/order")
        }
        for size in logSizes {
            let columns: [String] = [
                pad(size.events, 13), pad(size.orders, 8), pad(f(size.generateSeconds, 1), 11),
                pad(f(size.firstOpenSeconds, 2), 25), pad(f(size.projectedEventsPerSecond, 0), 15),
                pad(size.checkpointAtHead ? "yes" : "NO", 16), pad(f(size.reopenMillisecondsMedian, 1), 20),
                pad(f(size.commandMillisecondsMedian, 2), 20), pad(ms(size.commandLatency.p99, unit: false), 15),
                pad(f(size.cpuMillisecondsPerOrder, 2), 13), pad(f(size.readCallsPerOrder, 1), 12),
                pad(f(size.readKiBPerOrder, 1), 15),
            ]
            out.append(columns.joined(separator: " "))
        }
        if let small = logSizes.first, let large = logSizes.last, logSizes.count > 1 {
            out.append(
                "   \(large.events) vs \(small.events) events: re-open ×\(f(large.reopenMillisecondsMedian / small.reopenMillisecondsMedian, 2)), "
                    + "command ×\(f(large.commandMillisecondsMedian / small.commandMillisecondsMedian, 2)) "
                    + "(re-open samples ms: \(small.reopenMillisecondsSamples.map { f($0, 1) }.joined(separator: " ")) | "
                    + "\(large.reopenMillisecondsSamples.map { f($0, 1) }.joined(separator: " ")))")
        }
        out.append("")
        out.append(
            onSQLite
                ? "Targets (engine rate ÷ median raw single-client inserts/s), stated on commands/s; an order is 2 durable"
                : "Targets (engine rate ÷ raw inserts/s at the same client count), stated on commands/s; an order is 2 durable")
        out.append("appends and a raw insert 1, so orders/s ÷ raw, the stricter reading, is checked beside it:")
        for target in targets {
            let name = "\(target.clients) client\(target.clients == 1 ? "" : "s") ≥ \(f(target.atLeast, 1))"
            guard let orders = target.ordersPerRaw, let commands = target.commandsPerRaw else {
                out.append("   \(name): not measured in this run")
                continue
            }
            let runs = target.commandsPerRawRuns
            let median = runs.count > 1 ? "median " : ""
            out.append(
                "   \(name.padding(toLength: 16, withPad: " ", startingAt: 0))  orders/s ÷ raw = \(median)\(f(orders, 2)) "
                    + "\(verdict(target.ordersMet)) \(spread(orders))    commands/s ÷ raw = \(median)\(f(commands, 2)) "
                    + "\(verdict(target.commandsMet)) \(spread(commands))")
            if runs.count > 1 {
                let met = runs.filter { $0 >= target.atLeast }.count
                out.append(
                    "      commands/s ÷ raw in each of \(runs.count) runs: \(runs.map { f($0, 2) }.joined(separator: ", ")) "
                        + "(\(met) of \(runs.count) at \(f(target.atLeast, 1)) or more)")
            }
        }
        if onSQLite {
            out.append("   (in brackets: the same ratio against the fastest and the slowest raw round, i.e. how much the")
            out.append("   verdict depends on when the shared machine's disk was measured)")
        }
        return out.joined(separator: "\n")
    }

    /// The one-call ceiling after each level, beside the engine's rate and the raw baseline.
    private var ceilingLines: [String] {
        var out = [
            "",
            "   One call at a time (OneCallCeiling): after each level, one client sends groups of that level's size,",
            "   back to back, each one append_events call: the most one process can append on this server then.",
            "   clients  group   calls  calls/s  requests/s  call p50 ms  engine÷ceiling  ceiling÷raw",
        ]
        // One ceiling follows each level, in the same order.
        for (level, ceiling) in zip(load, ceilings) {
            let engine = level.commandsPerSecond
            let rawRate = rawRate(for: level)
            let columns: [String] = [
                pad(ceiling.clients, 9), pad(ceiling.groupSize, 6), pad(ceiling.calls, 7),
                pad(f(Double(ceiling.calls) / max(ceiling.seconds, 0.001), 0), 8), pad(f(ceiling.requestsPerSecond, 0), 11),
                pad(ms(ceiling.callLatency.p50, unit: false), 11), pad(f(engine / ceiling.requestsPerSecond, 2), 15),
                pad(f(ceiling.requestsPerSecond / rawRate, 2), 12),
            ]
            out.append("  " + columns.joined(separator: " "))
        }
        return out
    }

    /// A ratio against the median round, restated against the fastest and slowest rounds.
    private func spread(_ ratio: Double) -> String {
        guard backend == BenchDatabase.sqlite.name else { return "" }
        let rates = raw.rounds.map(\.insertsPerSecond)
        guard let fastest = rates.max(), let slowest = rates.min(), fastest > 0 else { return "" }
        let scale = ratio * raw.insertsPerSecond
        return "[\(f(scale / fastest, 2))–\(f(scale / slowest, 2))]"
    }

    private func verdict(_ met: Bool?) -> String { met == true ? "MET" : "NOT MET" }
    private func f(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
    private func ms(_ microseconds: UInt64, unit: Bool = true) -> String {
        String(format: "%.2f", Double(microseconds) / 1000) + (unit ? " ms" : "")
    }
    private func pad(_ value: some CustomStringConvertible, _ width: Int) -> String {
        let text = value.description
        return text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
