import DeliveryEngine
import Foundation

/// An engine opened for a process that serves people (a session, a script): with the payment
/// gateway chosen by option or setting, outbox payments and an embedded worker; without one,
/// exactly the engine it always was (the in-process sandbox). ``close()`` stops the worker and
/// closes the gateway's connections.
public final class LiveEngine: Sendable {
    public let engine: DeliveryEngine
    public let gateway: GatewayConnection?
    public let worker: EmbeddedPaymentWorker?

    init(engine: DeliveryEngine, gateway: GatewayConnection?, worker: EmbeddedPaymentWorker?) {
        self.engine = engine
        self.gateway = gateway
        self.worker = worker
    }

    /// How to build the gateway's client and the worker; tests shrink the breaker and the waits.
    public struct Wiring: Sendable {
        public var connect: @Sendable (URL) -> GatewayConnection
        /// Configures the embedded worker (its holder, lease, clock).
        public var worker: PaymentWorker.Configuration
        /// False: the gateway is used but no worker is started here.
        public var runsWorker = true

        public init(
            connect: @escaping @Sendable (URL) -> GatewayConnection = { GatewayConnection(url: $0) },
            worker: PaymentWorker.Configuration = PaymentWorker.Configuration()
        ) {
            self.connect = connect
            self.worker = worker
        }
    }

    /// Opens the engine at `path`. `gatewayOption` (the command line's `--payment-gateway`)
    /// overrides the stored setting; a bad option is refused before anything is opened for payments.
    public static func open(
        path: String, gatewayOption: String?, options: DeliveryEngine.Options,
        wiring: Wiring = Wiring()
    ) async throws -> LiveEngine {
        let url: URL
        if let gatewayOption {
            url = try PaymentGatewayAddress.parse(gatewayOption)
        } else {
            // The setting lives in the database, so the file is opened once to read it; without a
            // gateway that engine is the one to use.
            let plain = try await DeliveryEngine.open(path: path, options: options)
            guard let stored = try await plain.paymentGatewaySetting() else {
                return LiveEngine(engine: plain, gateway: nil, worker: nil)
            }
            url = stored
        }
        let gateway = wiring.connect(url)
        let engine: DeliveryEngine
        do {
            engine = try await DeliveryEngine.open(path: path, options: gateway.engineOptions(options))
        } catch {
            await gateway.shutdown()
            throw error
        }
        guard wiring.runsWorker else { return LiveEngine(engine: engine, gateway: gateway, worker: nil) }
        var configuration = wiring.worker
        if configuration.breakerReport == nil {
            configuration.breakerReport = { gateway.breakerReport(after: $0) }
        }
        let worker = EmbeddedPaymentWorker(worker: PaymentWorker(engine: engine, configuration: configuration))
        return LiveEngine(engine: engine, gateway: gateway, worker: worker)
    }

    /// Stops the embedded worker (releasing its lease) and closes the gateway's connections.
    public func close() async {
        await worker?.stop()
        await gateway?.shutdown()
    }
}
