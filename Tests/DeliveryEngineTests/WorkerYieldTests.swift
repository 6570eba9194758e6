import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing

/// The payment worker gives way to customers placing orders: charging waits while a burst of
/// placements is in progress, and resumes when it ends (or after its longest hold-back).
@Suite("The payment worker yields to placements")
struct WorkerYieldTests {
    @Test func chargingWaitsWhilePlacementsAreInFlightAndResumesAfter() async throws {
        let outbox = try await OutboxWorld.make()
        let order = try await outbox.place().order
        var configuration = PaymentWorker.Configuration(holder: "yielding")
        configuration.yieldAbove = 0
        configuration.longestYield = .seconds(60)
        let worker = PaymentWorker(engine: outbox.engine, configuration: configuration)

        outbox.engine.placements.begin()  // a customer is placing an order
        let pass = Task { try await worker.runOnce() }
        try await waitUntil("the worker holds back") { worker.snapshot.heldBack == 1 }
        #expect(try await outbox.engine.orderState(order).status == .awaitingPayment)

        outbox.engine.placements.end()
        let done = try await pass.value
        #expect(done.paid == 1)
        #expect(try await outbox.engine.orderState(order).status == .awaitingConfirmation)
    }

    @Test func aSteadyTrickleDoesNotHoldChargingBack() async throws {
        let outbox = try await OutboxWorld.make()
        _ = try await outbox.place()
        let worker = outbox.worker("default")  // holds back only above 4 placements at once
        outbox.engine.placements.begin()
        defer { outbox.engine.placements.end() }
        #expect(try await worker.runOnce().paid == 1)
        #expect(worker.snapshot.heldBack == 0)
    }

    @Test func theLongestHoldBackIsBounded() async throws {
        let outbox = try await OutboxWorld.make()
        _ = try await outbox.place()
        var configuration = PaymentWorker.Configuration(holder: "bounded")
        configuration.yieldAbove = 0
        configuration.longestYield = .milliseconds(20)
        let worker = PaymentWorker(engine: outbox.engine, configuration: configuration)
        outbox.engine.placements.begin()  // and never ends: payments must still move
        defer { outbox.engine.placements.end() }
        #expect(try await worker.runOnce().paid == 1)
        #expect(worker.snapshot.heldBack >= 1)
    }
}
