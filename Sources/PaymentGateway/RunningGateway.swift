import Foundation

/// A started ``GatewayServer``: where it listens, its fault switch, its counters and its off switch.
public final class RunningGateway: Sendable {
    /// The port bound on 127.0.0.1 (the real one when started with port 0).
    public let port: Int
    let ledger: GatewayLedger
    private let serverTask: Task<Void, any Error>

    init(port: Int, ledger: GatewayLedger, serverTask: Task<Void, any Error>) {
        self.port = port
        self.ledger = ledger
        self.serverTask = serverTask
    }

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
