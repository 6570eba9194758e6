import DeliveryDomain
import EventStore
import Foundation
import GRDB
import Synchronization
import Testing

@testable import DeliveryEngine

/// A long rebuild replays the log without the read models' secondary indexes and builds them
/// at the end (``DeferredIndexes``). The rows must be the same as ever, every index must be
/// back afterwards, and a rebuild cut short must neither pass for damage nor leave the indexes
/// away for good.
@Suite("A long rebuild builds its indexes at the end")
struct DeferredIndexesTests {
    static func indexes(_ pool: DatabasePool) async throws -> Set<String> {
        try await pool.read { db in
            Set(
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name LIKE 'rm_%'")
            )
        }
    }

    static let everyIndex = Set(DeferredIndexes.secondary.map(\.name))

    /// A history, and an empty projection of it with small batches and a rebuild threshold the
    /// history passes.
    static func emptyProjection(of engine: DeliveryEngine, log: any EventStore) async throws -> (Projector, DatabasePool) {
        try await engine.refresh()
        let path = TestWorld.temporaryPath()
        try PrivateFiles.prepareDatabaseFile(at: path)
        let pool = try DatabasePool(path: path)
        try await pool.write { db in try ReadModelSchema.prepare(db) }
        var projector = Projector(store: log, pool: pool)
        projector.firstBatchSize = 2
        projector.largestBatchSize = 7
        projector.smallestDeferredRebuild = 20
        return (projector, pool)
    }

    /// A projection of a seeded history whose first catch-up fails reading after `position`,
    /// as a process killed in the middle of it.
    static func catchUpCutShort(
        seed: UInt64, steps: Int, after position: Int64, deferringFrom smallest: Int64? = nil
    ) async throws -> (DeliveryEngine, WatchedLog, Projector, DatabasePool) {
        let outbox = try await RebuildAgreementTests.generateHistory(seed: seed, steps: steps)
        let log = WatchedLog(outbox.engine.store)
        var (projector, pool) = try await emptyProjection(of: outbox.engine, log: log)
        if let smallest { projector.smallestDeferredRebuild = smallest }
        log.readable.withLock { $0 = position }
        await #expect(throws: CancellationError.self) { try await projector.catchUp() }
        return (outbox.engine, log, projector, pool)
    }

    @Test func theSecondaryIndexesAreTheSchemasOwn() {
        #expect(Self.everyIndex.contains("rm_notifications_account"))
        #expect(Self.everyIndex.contains("rm_orders_customer"))
        #expect(Self.everyIndex.count == ReadModelSchema.expectedShape.keys.count { $0.hasPrefix("index ") })
    }

    @Test func aLongRebuildGivesTheSameRowsAndEveryIndexBack() async throws {
        let outbox = try await RebuildAgreementTests.generateHistory(seed: 11, steps: 120)
        let engine = outbox.engine
        let (projector, pool) = try await Self.emptyProjection(of: engine, log: engine.store)
        #expect(try await engine.headPosition() >= projector.smallestDeferredRebuild)

        let applied = try await projector.catchUp()
        #expect(applied == Int(try await engine.headPosition()))
        let live = try await RebuildAgreementTests.tables(engine.pool)
        let rebuilt = try await RebuildAgreementTests.tables(pool)
        for table in ReadModelAudit.orderings.keys.sorted() {
            #expect(live[table] == rebuilt[table], "\(table) differs after a rebuild without indexes")
        }
        #expect(try await Self.indexes(pool) == Self.everyIndex)
        #expect(try await pool.read { try DeferredIndexes.areDeferred($0) } == false)
        #expect(try await pool.read { try ReadModelSchema.damage($0) } == nil)
        try pool.close()
    }

    @Test func aRebuildCutShortIsOwedItsIndexesNotTakenForDamage() async throws {
        let (engine, log, projector, pool) = try await Self.catchUpCutShort(seed: 12, steps: 120, after: 15)
        // Cut short: some events projected, the indexes away, and the file says so.
        let checkpoint = try await projector.checkpoint()
        let head = try await engine.headPosition()
        #expect(checkpoint > 0 && checkpoint < head)
        #expect(try await Self.indexes(pool).isEmpty)
        #expect(try await pool.read { try DeferredIndexes.areDeferred($0) })
        #expect(try await pool.read { try ReadModelSchema.damage($0) } == nil)

        // Another process (a projector of its own) finds the mark in its shape check, finishes
        // the catch-up without a rebuild, and builds the indexes.
        log.readable.withLock { $0 = .max }
        var next = Projector(store: log, pool: pool)
        next.largestBatchSize = 7
        _ = try await next.catchUp()
        #expect(try await next.checkpoint() == (try await engine.headPosition()))
        #expect(try await Self.indexes(pool) == Self.everyIndex)
        #expect(try await pool.read { try DeferredIndexes.areDeferred($0) } == false)
        #expect(next.repair.notices.isEmpty, "no rebuild: the indexes were owed, not damaged")
        try pool.close()
    }

    @Test func aMissingIndexWithoutTheMarkIsStillDamage() async throws {
        let outbox = try await RebuildAgreementTests.generateHistory(seed: 13, steps: 20)
        let (_, pool) = try await Self.emptyProjection(of: outbox.engine, log: outbox.engine.store)
        try await pool.write { db in try db.execute(sql: "DROP INDEX rm_orders_customer") }
        #expect(try await pool.read { try ReadModelSchema.damage($0) } == "index rm_orders_customer is missing")
        try pool.close()
    }

    @Test func aShortRebuildKeepsItsIndexes() async throws {
        let (_, _, _, pool) = try await Self.catchUpCutShort(seed: 14, steps: 60, after: 10, deferringFrom: .max)
        #expect(try await Self.indexes(pool) == Self.everyIndex)
        #expect(try await pool.read { try DeferredIndexes.areDeferred($0) } == false)
        try pool.close()
    }
}
