import Foundation

/// A started ``GatewayServer``: where it listens, its fault switch, its counters and its off switch.
public final class RunningGateway: Sendable {
    /// The port bound on 127.0.0.1 (the real one when started with port 0).
    public let port: Int
    /// The secret `/v1/admin` requires, for the operator (printed by `baedal gateway`) and
    /// for callers over HTTP. In-process callers use the methods below instead.
    public let adminToken: AdminToken
    let ledger: GatewayLedger
    let gauge: ConnectionGauge
    private let serverTask: Task<Void, any Error>

    init(port: Int, ledger: GatewayLedger, adminToken: AdminToken, gauge: ConnectionGauge, serverTask: Task<Void, any Error>) {
        self.port = port
        self.ledger = ledger
        self.adminToken = adminToken
        self.gauge = gauge
        self.serverTask = serverTask
    }

    /// Connections open now and admitted (under the cap).
    public var openConnections: Int { gauge.count }

    /// "http://127.0.0.1:PORT", for ``HTTPPaymentProcessor``.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Changes how the gateway misbehaves, effective from the next request.
    public func setFaults(_ faults: FaultMode) async {
        await ledger.setFaults(faults)
    }

    public func faults() async -> FaultMode {
        await ledger.faults
    }

    public func stats() async -> GatewayStats {
        await ledger.stats
    }

    /// Stops listening and waits until the server has stopped; new connections are refused afterwards.
    public func shutdown() async {
        serverTask.cancel()
        _ = await serverTask.result
    }
}
