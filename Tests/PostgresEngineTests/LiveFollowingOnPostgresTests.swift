import DeliveryDomain
import Foundation
import Testing

@testable import DeliveryEngine

/// A process following a log on PostgreSQL: its sessions' pulse reads what the follower took
/// in at its last wake-up (the projection's position and the payment worker's report), with no
/// round trip to the server between a change and the screen.
@Suite("Following a log on PostgreSQL", .enabled(if: PostgresServer.isConfigured, PostgresServer.skipNote))
struct LiveFollowingOnPostgresTests {
    @Test func thePulseSaysWhatTheFollowerTookIn() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let other = try await openPostgresEngine(location, clock: world.clock, seed: 2)
            // A session takes its first pulse: the follower then catches up and reads the report.
            _ = try await other.pulse()
            #expect(try await eventually { other.follower?.report != nil }, "the follower read the report once a session followed")

            _ = try await world.paidOrder()
            let head = try await world.engine.headPosition()
            #expect(try await eventually { try await other.pulse().head == head })
            let pulse = try await other.pulse()
            #expect(!pulse.readModelsBehind, "the follower caught up before the pulse saw the change")
            #expect(pulse.health == nil, "no worker has reported")

            // A worker's report wakes the follower, which reads it for the sessions.
            let health = PaymentGatewayHealth(
                breaker: .open, since: world.clock.now(), pendingPayments: 3, updatedAt: world.clock.now())
            try await world.engine.recordGatewayHealth(PaymentGatewayHealthRecord(health: health, transitions: [], holder: "worker-a"))
            #expect(try await eventually { try await other.pulse().health?.pendingPayments == 3 })
            #expect(try await other.pulse().health?.breaker == .open)
        }
    }

    @Test func theLogIsProjectedWhenReadUntilASessionFollows() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let other = try await openPostgresEngine(location, clock: world.clock, seed: 2)
            let engine = world.engine
            let follower = try #require(engine.follower)
            #expect(try await eventually { follower.wakeUpsTaken > 0 })

            // No session here: the follower leaves appends, this process's own and another's,
            // to the next read.
            let taken = follower.wakeUpsTaken
            let order = try await world.paidOrder()
            _ = try await world.paidOrder(on: other)
            let head = try await engine.headPosition()
            #expect(try await eventually { follower.wakeUpsTaken >= taken + 2 })
            #expect(try await engine.projector.checkpoint() < head, "projected with nobody to show it to")
            // A read takes them in (read-your-writes).
            #expect(try await engine.history(world.customer).map(\.id).contains(order))
            #expect(try await engine.projector.checkpoint() == head)

            // A session takes a pulse: from now on every change is projected as announced.
            _ = try await engine.pulse()
            _ = try await world.paidOrder()
            _ = try await world.paidOrder(on: other)
            let later = try await engine.headPosition()
            #expect(try await eventually { try await engine.projector.checkpoint() == later })
        }
    }
}
