import DeliveryEngine
import Foundation

/// A ``PaymentWorker`` running in the background of a session or a script, so orders are
/// charged while any process on the database is open. Every process runs one; the lease lets
/// exactly one of them charge at a time, and the others stand by to take over.
public final class EmbeddedPaymentWorker: Sendable {
    public let worker: PaymentWorker
    private let task: Task<Void, Never>

    public init(worker: PaymentWorker) {
        self.worker = worker
        task = Task.detached { await worker.run() }
    }

    /// Stops after the pass in flight and gives the lease up, so a standby in another process
    /// takes over at once instead of waiting for the lease to run out.
    public func stop() async {
        task.cancel()
        await task.value
    }
}
