import DeliveryDomain
import DeliveryEngine
import Foundation
import LivePayments
import PaymentGateway
import Payments
import Testing

/// The payment worker charges the outbox in batches (``PaymentWorker/Configuration/chargesPerCall``):
/// one round trip for many requests. Every rule of one charge at a time still holds: each order
/// is charged once, under its key, and a batch that got no answer leaves its requests queued.
@Suite("The payment worker charges in batches")
struct BatchChargingTests {
    static func withWorker(
        faults: FaultMode = .healthy, _ body: (LiveWorld, RunningGateway, DeliveryEngine, PaymentWorker) async throws -> Void
    ) async throws {
        let world = try await LiveWorld.make()
        let gateway = try await GatewayServer.start(port: 0, faults: faults, logLevel: .critical)
        let live = try await world.open(option: gateway.baseURL, wiring: testWiring(holder: "w", clock: world.clock, runsWorker: false))
        var configuration = PaymentWorker.Configuration(holder: "w")
        configuration.chargesPerCall = 8
        let worker = PaymentWorker(engine: live.engine, configuration: configuration)
        do {
            try await body(world, gateway, live.engine, worker)
        } catch {
            await live.close()
            await gateway.shutdown()
            throw error
        }
        await live.close()
        await gateway.shutdown()
    }

    @Test func onePassChargesTheOutboxInBatchesAndEachOrderOnce() async throws {
        try await Self.withWorker { world, gateway, engine, worker in
            var orders: [OrderID] = []
            for _ in 0..<20 { orders.append(try await world.place(engine).order) }
            let pass = try await worker.runOnce()
            #expect(pass.paid == 20 && pass.stillPending == 0)
            let stats = await gateway.stats()
            #expect(stats.chargeBatches == 3, "20 requests, 8 a call")
            #expect(stats.captured == 20 && stats.duplicateCaptures == 0)
            #expect(Set(stats.capturesByReference.keys) == Set(orders.map(\.rawValue)))
            #expect(stats.capturesByReference.values.allSatisfy { $0 == 1 })
            for order in orders { #expect(try await engine.orderState(order).status == .awaitingConfirmation) }
            #expect(try await engine.pendingPayments().isEmpty)
        }
    }

    @Test func aBatchWithNoAnswerLeavesItsRequestsQueuedAndTheNextPassChargesThemOnce() async throws {
        try await Self.withWorker(faults: .flaky(failureShare: 1, seed: 3)) { world, gateway, engine, worker in
            var orders: [OrderID] = []
            for _ in 0..<5 { orders.append(try await world.place(engine).order) }
            let failed = try await worker.runOnce()
            #expect(failed.paid == 0 && failed.stillPending == 5)
            #expect(try await engine.pendingPayments().count == 5)

            await gateway.setFaults(.healthy)
            let healed = try await worker.runOnce()
            #expect(healed.paid == 5)
            let stats = await gateway.stats()
            // Some batches were processed and their answers lost (flaky fails half after the work):
            // the retry replayed them, so each order's money still moved once.
            #expect(stats.duplicateCaptures == 0)
            #expect(stats.capturesByReference.count == 5 && stats.capturesByReference.values.allSatisfy { $0 == 1 })
            for order in orders { #expect(try await engine.orderState(order).payment != nil) }
        }
    }
}
