import DeliveryDomain
import EventStore
import Foundation
import TestCast
import Testing

@testable import DeliveryEngine

/// An engine on SQLite that its process lets go takes its store with it: the file's pool and
/// its group committer are closed, not kept open until the process ends.
@Suite("Letting go of an engine on SQLite")
struct EngineReleaseTests {
    @Test func anEngineLetGoTakesItsStoreWithIt() async throws {
        let path = TestWorld.temporaryPath()
        weak var store: SQLiteEventStore?
        do {
            let engine = try await TestWorld.openEngine(path, clock: SimulatedClock(TestWorld.noon))
            _ = try await TestCast.seed(on: engine, riders: 1)
            store = engine.store as? SQLiteEventStore
            #expect(store != nil)
        }
        let deadline = ContinuousClock.now + .seconds(3)
        while store != nil && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(store == nil, "the store outlived its engine")
    }
}
