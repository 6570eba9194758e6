import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import PostgresEngine
import Testing

@testable import DeliveryEngine

/// On PostgreSQL each process keeps its own projection of the shared log. A card hold released
/// by the worker in one process is a fact on the order's stream (`CardHoldReleased`), so every
/// other process's projection drops it too, and a rebuild does not list it again.
@Suite("Card holds on PostgreSQL", .enabled(if: PostgresServer.isConfigured, PostgresServer.skipNote))
struct CardHoldsOnPostgresTests {
    /// A process that queues payments for a worker, as one on a gateway does.
    static func queuing(_ location: String, clock: SimulatedClock, seed: UInt64) async throws -> DeliveryEngine {
        var options = DeliveryEngine.Options(
            clock: clock, ids: .seeded(seed), payments: SandboxCardProcessor(now: { clock.now() }), hasher: .fastForTests,
            queuesPayments: true)
        options.backend = PostgresBackend(options: .init(maximumConnections: 8), safetyPoll: .seconds(5))
        return try await DeliveryEngine.open(path: location, options: options)
    }

    @Test func twoEnginesOnOneLogAgreeThatAReleasedHoldIsGone() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let first = try await Self.queuing(location, clock: world.clock, seed: 2)
            let second = try await Self.queuing(location, clock: world.clock, seed: 3)
            let order = try await world.paidOrder(on: first)
            try await first.cancel(order, as: world.customer)
            try await second.refresh()
            #expect(try await second.cardHoldsToRelease().map(\.order) == [order])

            let pass = try await PaymentWorker(engine: first, configuration: .init(holder: "first")).runOnce()
            #expect(pass.holdsReleased == 1)
            try await second.refresh()
            #expect(try await second.cardHoldsToRelease().isEmpty, "the other process's projection saw the release")
            #expect(try await PaymentWorker(engine: second, configuration: .init(holder: "first")).runOnce().holdsReleased == 0)

            try await second.projector.rebuild(because: "a test rebuilds one process's read models")
            #expect(try await second.cardHoldsToRelease().isEmpty, "a rebuild from the log does not list it again")
            #expect(try await first.cardHoldsToRelease().isEmpty)
        }
    }
}
