import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Testing

/// The card holds of orders that ended while a payment was pending: listed from the log, released
/// by the worker (or at once where payments are charged in-process), and counted truly.
@Suite("Releasing card holds")
struct CardHoldReleaseTests {
    /// A world whose second engine queues payments for a worker, as a process on a gateway does.
    static func queued(_ world: TestWorld) async throws -> DeliveryEngine {
        let clock = world.clock
        return try await DeliveryEngine.open(
            path: world.path,
            options: .init(
                clock: clock, ids: .seeded(21), payments: SandboxCardProcessor(now: { clock.now() }), hasher: .fastForTests,
                synchronous: .normal, queuesPayments: true))
    }

    @Test func anOrderCancelledMidPaymentIsListedUntilTheWorkerReleasesIt() async throws {
        let world = try await TestWorld.make()
        let engine = try await Self.queued(world)
        let placed = try await engine.placeOrder(try await world.cart(), card: TestWorld.goodCard, as: world.customer)
        #expect(try await engine.paymentsAwaitingGateway() == PaymentsAwaitingGateway(unanswered: 1, holdsToRelease: 0))

        try await engine.cancel(placed.order, as: world.customer)
        let holds = try await engine.cardHoldsToRelease()
        #expect(holds.map(\.order) == [placed.order])
        #expect(holds.first?.idempotencyKey == "pay-\(placed.order.rawValue)-1")
        #expect(try await engine.paymentsAwaitingGateway() == PaymentsAwaitingGateway(unanswered: 0, holdsToRelease: 1))

        let pass = try await PaymentWorker(engine: engine, configuration: .init(holder: "w")).runOnce()
        #expect(pass.holdsReleased == 1 && pass.paid == 0)
        #expect(try await engine.paymentsAwaitingGateway().total == 0)
        #expect(try await engine.orderState(placed.order).status == .cancelled)
    }

    @Test func anInProcessEngineReleasesTheHoldWhenTheCustomerCancels() async throws {
        let world = try await TestWorld.make()
        let placed = try await Self.queued(world).placeOrder(try await world.cart(), card: TestWorld.goodCard, as: world.customer)
        // The customer cancels from a process that charges in-process: no worker runs there.
        try await world.engine.cancel(placed.order, as: world.customer)
        #expect(try await world.engine.paymentsAwaitingGateway().total == 0)
    }
}
