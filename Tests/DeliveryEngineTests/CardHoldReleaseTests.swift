import DeliveryDomain
import DeliveryEngine
import Foundation
import EventStore
import GRDB
import Payments
import Testing

@testable import DeliveryEngine

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

    /// The `CardHoldReleased` events on the order's stream.
    static func releases(of order: OrderID, in engine: DeliveryEngine) async throws -> [OrderEvent.CardHoldReleased] {
        try await engine.store.readStream(Streams.order(order), fromVersion: 1).compactMap {
            if case .cardHoldReleased(let e) = try EventCodec().decode($0, as: OrderEvent.self) { e } else { nil }
        }
    }

    /// A worker's release is a fact on the order's stream, not a row deleted in one read model:
    /// a rebuild from the log leaves it released, and no pass asks the gateway again.
    @Test func aReleasedHoldStaysReleasedAfterARebuild() async throws {
        let world = try await TestWorld.make()
        let engine = try await Self.queued(world)
        let placed = try await engine.placeOrder(try await world.cart(), card: TestWorld.goodCard, as: world.customer)
        try await engine.cancel(placed.order, as: world.customer)
        let worker = PaymentWorker(engine: engine, configuration: .init(holder: "w"))
        #expect(try await worker.runOnce().holdsReleased == 1)
        #expect(try await Self.releases(of: placed.order, in: engine).map(\.idempotencyKey) == ["pay-\(placed.order.rawValue)-1"])

        try await engine.projector.rebuild(because: "a test rebuilds the read models")
        #expect(try await engine.cardHoldsToRelease().isEmpty)
        #expect(try await worker.runOnce().holdsReleased == 0)
    }

    @Test func releasingAHoldTwiceRecordsItOnce() async throws {
        let world = try await TestWorld.make()
        let engine = try await Self.queued(world)
        let placed = try await engine.placeOrder(try await world.cart(), card: TestWorld.goodCard, as: world.customer)
        try await engine.cancel(placed.order, as: world.customer)
        let hold = try #require(try await engine.cardHoldsToRelease().first)
        #expect(try await engine.releaseCardHold(hold) == .released)
        #expect(try await engine.releaseCardHold(hold) == .released)
        #expect(try await Self.releases(of: placed.order, in: engine).count == 1)
        #expect(try await engine.orderState(placed.order).releasedHoldKeys == [hold.idempotencyKey])
    }

    /// A log from before the event: the hold was released by deleting its row, which a rebuild
    /// brings back. The next pass asks the gateway once more (idempotent by key) and records it.
    @Test func aHoldReleasedBeforeTheEventExistedIsRecordedOnTheNextPass() async throws {
        let world = try await TestWorld.make()
        let engine = try await Self.queued(world)
        let placed = try await engine.placeOrder(try await world.cart(), card: TestWorld.goodCard, as: world.customer)
        try await engine.cancel(placed.order, as: world.customer)
        try await engine.pool.write { db in try db.execute(sql: "DELETE FROM rm_holds_to_release") }  // as releases did then

        try await engine.projector.rebuild(because: "an older build's read models")
        #expect(try await engine.cardHoldsToRelease().map(\.order) == [placed.order])
        let worker = PaymentWorker(engine: engine, configuration: .init(holder: "w"))
        #expect(try await worker.runOnce().holdsReleased == 1)
        #expect(try await Self.releases(of: placed.order, in: engine).count == 1)
        #expect(try await engine.cardHoldsToRelease().isEmpty)
    }
}
