import ArgumentParser
import DeliveryEngine
import Foundation
import LivePayments
import Synchronization

/// `baedal payment-worker`: charges the database's payment outbox through a gateway.
struct PaymentWorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payment-worker",
        abstract: "Charge pending payments through the payment gateway, until interrupted.",
        discussion: """
            Start as many as you like on one database: a lease row lets exactly one charge at a time, \
            and a standby takes over within --lease-seconds when the active one dies. Requests left \
            unanswered longer than --payment-limit-minutes (default 10) are checked with the gateway \
            by idempotency key and, if nothing was charged, their orders are cancelled by the system. \
            Without --payment-gateway the gateway stored with `baedal settings payment-gateway URL` is \
            used. The active worker records the gateway's breaker state and the pending payments in the \
            database, for every screen to show.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(
        name: .customLong("payment-gateway"),
        help: "The gateway's base URL, e.g. http://127.0.0.1:8089 (default: the stored setting).")
    var gateway: String?

    @Option(help: "How long the lease lasts without renewal.")
    var leaseSeconds: Double = 10

    @Option(help: "Minutes a payment may stay unanswered before its order is cancelled.")
    var paymentLimitMinutes: Double = 10

    func run() async throws {
        var wiring = LiveEngine.Wiring()
        wiring.worker.leaseSeconds = leaseSeconds
        wiring.worker.paymentLimit = paymentLimitMinutes * 60
        try EngineOpener.requireExisting(database.resolvedPath)
        let live = try await EngineOpener.openLive(database.resolvedPath, gateway: gateway, wiring: wiring)
        guard let connection = live.gateway, let embedded = live.worker else {
            printError(
                "No payment gateway is set for this database: pass --payment-gateway URL, or store one with "
                    + "`baedal settings payment-gateway URL` (e.g. http://127.0.0.1:8089 from `baedal gateway --port 8089`).")
            throw ExitCode(1)
        }
        let holder = embedded.worker.configuration.holder
        FileHandle.standardOutput.write(Data("payment worker \(holder) charging through \(connection.url.absoluteString)\n".utf8))
        await Self.untilInterrupted()
        await live.close()
    }

    /// Waits for Ctrl-C or a termination request, so the worker can give its lease up on the way out.
    static func untilInterrupted() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            let once = OneShot(done)
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { once.fire() }
                source.resume()
                OneShot.keep(source)
            }
        }
    }
}

/// Resumes a continuation once, whichever signal comes first; keeps the signal sources alive.
private final class OneShot: Sendable {
    private let continuation: Mutex<CheckedContinuation<Void, Never>?>
    // Dispatch sources are thread-safe; they are only kept here so they stay installed.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
    private static let sourcesLock = Mutex(())

    init(_ continuation: CheckedContinuation<Void, Never>) { self.continuation = Mutex(continuation) }

    func fire() {
        continuation.withLock {
            $0?.resume(); $0 = nil
        }
    }

    static func keep(_ source: any DispatchSourceSignal) { sourcesLock.withLock { _ in sources.append(source) } }
}
