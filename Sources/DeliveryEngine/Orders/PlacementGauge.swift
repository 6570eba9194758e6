import Synchronization

/// How many order placements this process is working on right now.
///
/// A placement is what a customer waits for; charging the outbox is not (the order already
/// says "payment pending"). On a small machine both compete for the same cores and for the
/// database's one writer, so the payment worker reads this gauge and holds back while
/// customers are placing orders in a burst (see ``PaymentWorker/Configuration/yieldAbove``).
public final class PlacementGauge: Sendable {
    private let inFlight = Atomic<Int>(0)

    public init() {}

    public var current: Int { inFlight.load(ordering: .relaxed) }

    /// Called by ``DeliveryEngine`` around each placement (and by tests standing in for one).
    package func begin() { inFlight.add(1, ordering: .relaxed) }
    package func end() { inFlight.subtract(1, ordering: .relaxed) }
}
