import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments

/// A TestWorld whose engine queues payments for the worker, charging through a scripted processor.
struct OutboxWorld {
    let world: TestWorld
    let processor: ScriptedProcessor
    var engine: DeliveryEngine { world.engine }

    static func make(_ mode: ScriptedProcessor.Mode = .healthy) async throws -> OutboxWorld {
        let base = try await TestWorld.make()
        let processor = ScriptedProcessor(mode)
        let engine = try await openEngine(base.path, clock: base.clock, processor: processor)
        let world = TestWorld(
            engine: engine, clock: base.clock, path: base.path, owner: base.owner,
            customer: base.customer, rider: base.rider, otherRider: base.otherRider,
            store: base.store, jjajang: base.jjajang, jjambbong: base.jjambbong)
        return OutboxWorld(world: world, processor: processor)
    }

    static func openEngine(_ path: String, clock: SimulatedClock, processor: ScriptedProcessor, seed: UInt64 = 7)
        async throws -> DeliveryEngine
    {
        try await DeliveryEngine.open(
            path: path,
            options: .init(
                clock: clock, ids: .seeded(seed), payments: processor, hasher: .fastForTests, synchronous: .normal,
                queuesPayments: true))
    }

    func worker(_ holder: String, engine: DeliveryEngine? = nil, limitMinutes: Double = 10) -> PaymentWorker {
        var configuration = PaymentWorker.Configuration(holder: holder)
        configuration.paymentLimit = limitMinutes * 60
        return PaymentWorker(engine: engine ?? self.engine, configuration: configuration)
    }

    func place() async throws -> CheckoutResult {
        try await engine.placeOrder(try await world.cart(), card: TestWorld.goodCard, as: world.customer)
    }

    /// `customers` placements of ``place()`` at once; how many were accepted.
    func placeAtOnce(_ customers: Int) async -> Int {
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<customers { group.addTask { (try? await place()) != nil } }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
    }
}
