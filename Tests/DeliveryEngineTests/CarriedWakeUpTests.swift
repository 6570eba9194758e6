import EventStore
import Foundation
import GRDB
import Synchronization
import Testing

@testable import DeliveryEngine

/// A follower applying the events a wake-up carried (an append's notification on PostgreSQL)
/// instead of reading the log: only when they continue its read models, never skipping a
/// position, never applying one twice.
@Suite("Events carried by a wake-up")
struct CarriedWakeUpTests {
    /// Empty read models in a file of their own, following `log`.
    static func emptyProjection(following log: any EventStore) async throws -> (Projector, DatabasePool) {
        let path = TestWorld.temporaryPath()
        try PrivateFiles.prepareDatabaseFile(at: path)
        let pool = try DatabasePool(path: path)
        try await pool.write { db in try ReadModelSchema.prepare(db) }
        return (Projector(store: log, pool: pool), pool)
    }

    @Test func eventsThatContinueTheReadModelsAreAppliedWithoutReadingTheLog() async throws {
        let world = try await TestWorld.make()
        _ = try await world.paidOrder()
        let events = try await world.engine.store.readAll(afterPosition: 0, limit: 1_000)
        let log = WatchedLog(world.engine.store)
        let (projector, pool) = try await Self.emptyProjection(following: log)
        defer { try? pool.close() }
        let split = events.count - 3

        // Events after a gap (the read models hold nothing before them): refused, nothing applied.
        #expect(try await !projector.apply(carried: Array(events[split...])))
        #expect(try await projector.checkpoint() == 0)
        #expect(try await projector.apply(carried: Array(events[..<split])))
        #expect(try await projector.checkpoint() == events[split - 1].position)
        // Overlapping what is in: the first two are skipped, the rest applied once.
        #expect(try await projector.apply(carried: Array(events[(split - 2)...])))
        #expect(try await projector.checkpoint() == events.last!.position)
        #expect(try await !projector.apply(carried: []), "carrying nothing means: read by position")
        #expect(log.readsByPosition.load(ordering: .relaxed) == 0)

        // The same rows as the engine's own read models, caught up by position.
        try await world.engine.refresh()
        let live = try await RebuildAgreementTests.tables(world.engine.pool)
        let carried = try await RebuildAgreementTests.tables(pool)
        for table in ReadModelAudit.orderings.keys.sorted() {
            #expect(live[table] == carried[table], "\(table) differs when applied from carried events")
        }
    }
}
