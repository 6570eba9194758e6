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
    /// A log that stops answering reads past a position, as a process killed mid-rebuild stops.
    final class LogCutShort: EventStore, Sendable {
        let log: any EventStore
        let readable = Mutex<Int64>(.max)

        init(_ log: any EventStore) { self.log = log }

        func append(_ request: AppendRequest) async throws -> AppendResult { try await log.append(request) }
        func appendAll(_ requests: [AppendRequest]) async throws -> [AppendResult] { try await log.appendAll(requests) }
        func readStream(_ stream: StreamID, fromVersion: Int) async throws -> [RecordedEvent] {
            try await log.readStream(stream, fromVersion: fromVersion)
        }
        func readAll(afterPosition: Int64, limit: Int) async throws -> [RecordedEvent] {
            guard afterPosition < readable.withLock({ $0 }) else { throw CancellationError() }
            return try await log.readAll(afterPosition: afterPosition, limit: limit)
        }
        func headPosition() async throws -> Int64 { try await log.headPosition() }
        func streamVersion(_ stream: StreamID) async throws -> Int { try await log.streamVersion(stream) }
    }

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
        let outbox = try await RebuildAgreementTests.generateHistory(seed: 12, steps: 120)
        let engine = outbox.engine
        let log = LogCutShort(engine.store)
        let (projector, pool) = try await Self.emptyProjection(of: engine, log: log)
        log.readable.withLock { $0 = 15 }

        await #expect(throws: CancellationError.self) { try await projector.catchUp() }
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
        let outbox = try await RebuildAgreementTests.generateHistory(seed: 14, steps: 60)
        let engine = outbox.engine
        let log = LogCutShort(engine.store)
        var (short, pool) = try await Self.emptyProjection(of: engine, log: log)
        short.smallestDeferredRebuild = try await engine.headPosition() + 1
        log.readable.withLock { $0 = 10 }
        await #expect(throws: CancellationError.self) { try await short.catchUp() }
        #expect(try await Self.indexes(pool) == Self.everyIndex)
        #expect(try await pool.read { try DeferredIndexes.areDeferred($0) } == false)
        try pool.close()
    }
}
