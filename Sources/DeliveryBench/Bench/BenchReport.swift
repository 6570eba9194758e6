import Foundation

/// Everything one `baedal bench` run measured, as printed and as `--json` writes it.
public struct BenchReport: Codable, Sendable {
    let machine: MachineDescription
    let synchronous: String
    let raw: RawBaselineRun.Result
    let load: [OrderLoadRun.Level]
    let logSizes: [LogSizeRun.Result]
    let targets: [TargetCheck]

    /// The targets, checked under both readings of "of raw": an order (two durable
    /// appends) against a raw insert (one), and an engine command (one append) against a raw
    /// insert. Both are printed; neither is chosen to flatter the result.
    struct TargetCheck: Codable, Sendable {
        let clients: Int
        let atLeast: Double
        let ordersPerRaw: Double?
        let commandsPerRaw: Double?
        var ordersMet: Bool? { ordersPerRaw.map { $0 >= atLeast } }
        var commandsMet: Bool? { commandsPerRaw.map { $0 >= atLeast } }

        enum CodingKeys: String, CodingKey { case clients, atLeast, ordersPerRaw, commandsPerRaw, ordersMet, commandsMet }

        init(clients: Int, atLeast: Double, ordersPerRaw: Double?, commandsPerRaw: Double?) {
            self.clients = clients
            self.atLeast = atLeast
            self.ordersPerRaw = ordersPerRaw
            self.commandsPerRaw = commandsPerRaw
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                clients: try c.decode(Int.self, forKey: .clients), atLeast: try c.decode(Double.self, forKey: .atLeast),
                ordersPerRaw: try c.decodeIfPresent(Double.self, forKey: .ordersPerRaw),
                commandsPerRaw: try c.decodeIfPresent(Double.self, forKey: .commandsPerRaw))
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(clients, forKey: .clients)
            try c.encode(atLeast, forKey: .atLeast)
            try c.encodeIfPresent(ordersPerRaw, forKey: .ordersPerRaw)
            try c.encodeIfPresent(commandsPerRaw, forKey: .commandsPerRaw)
            try c.encodeIfPresent(ordersMet, forKey: .ordersMet)
            try c.encodeIfPresent(commandsMet, forKey: .commandsMet)
        }
    }

    /// The targets from the issue: half the raw rate for one client, all of it for 64,
    /// where concurrent commands share write transactions.
    static let targetRatios: [(clients: Int, atLeast: Double)] = [(1, 0.5), (64, 1.0)]

    init(
        machine: MachineDescription, synchronous: String, raw: RawBaselineRun.Result,
        load: [OrderLoadRun.Level], logSizes: [LogSizeRun.Result]
    ) {
        self.machine = machine
        self.synchronous = synchronous
        self.raw = raw
        self.load = load
        self.logSizes = logSizes
        targets = Self.targetRatios.map { target in
            let level = load.first { $0.clients == target.clients }
            return TargetCheck(
                clients: target.clients, atLeast: target.atLeast,
                ordersPerRaw: level.map { $0.ordersPerSecond / raw.insertsPerSecond },
                commandsPerRaw: level.map { $0.commandsPerSecond / raw.insertsPerSecond })
        }
    }
}
