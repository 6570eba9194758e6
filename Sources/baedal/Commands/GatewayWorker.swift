import ArgumentParser
import DeliveryEngine
import Foundation

/// `baedal payment-worker`: charges the database's payment outbox through a gateway.
struct PaymentWorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payment-worker",
        abstract: "Charge pending payments through the payment gateway, until interrupted.",
        discussion: """
            Start as many as you like on one database: a lease row lets exactly one charge at a time, \
            and a standby takes over within --lease-seconds when the active one dies. Requests left \
            unanswered longer than --payment-limit-minutes (default 10) are checked with the gateway \
            by idempotency key and, if nothing was charged, their orders are cancelled by the system.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("payment-gateway"), help: "The gateway's base URL, e.g. http://127.0.0.1:8089.")
    var gateway: String

    @Option(help: "How long the lease lasts without renewal.")
    var leaseSeconds: Double = 10

    @Option(help: "Minutes a payment may stay unanswered before its order is cancelled.")
    var paymentLimitMinutes: Double = 10

    func run() async throws {
        let (processor, _) = PaymentWiring.gatewayProcessor(url: gateway)
        let engine = try await EngineOpener.open(
            database.resolvedPath,
            options: PaymentWiring.outboxOptions(processor: processor, hasher: .fromEnvironment()))
        var configuration = PaymentWorker.Configuration()
        configuration.leaseSeconds = leaseSeconds
        configuration.paymentLimit = paymentLimitMinutes * 60
        let worker = PaymentWorker(engine: engine, configuration: configuration)
        FileHandle.standardOutput.write(Data("payment worker \(configuration.holder) charging through \(gateway)\n".utf8))
        await worker.run()
    }
}
