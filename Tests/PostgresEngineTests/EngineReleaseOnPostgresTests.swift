import DeliveryDomain
import Foundation
import PostgresEventStore
import TestCast
import Testing

@testable import DeliveryEngine

/// An engine on PostgreSQL that its process lets go takes its follower, its listening
/// connection and its store's pool with it. A process that opens engine after engine (a
/// benchmark's levels, a drill, a test suite) must not keep every one of them listening: each
/// listener is a server connection that every append's notification then wakes.
@Suite("Letting go of an engine on PostgreSQL", .enabled(if: PostgresServer.isConfigured, PostgresServer.skipNote))
struct EngineReleaseOnPostgresTests {
    @Test func anEngineLetGoTakesItsFollowerAndItsStoreWithIt() async throws {
        try await PostgresServer.withFreshSchema { location in
            weak var follower: LocalProjection?
            weak var store: PostgresEventStore?
            do {
                let engine = try await openPostgresEngine(location, clock: SimulatedClock(TestCast.noon), seed: 3)
                let following = try #require(engine.follower)
                // Listening and woken at least once, as every engine on PostgreSQL is.
                #expect(try await eventually { following.wakeUpsTaken > 0 })
                follower = following
                store = engine.store as? PostgresEventStore
                #expect(store != nil)
            }
            #expect(try await eventually { follower == nil }, "the follower outlived its engine, still listening")
            #expect(try await eventually { store == nil }, "the store (and its pool) outlived its engine")
        }
    }
}
