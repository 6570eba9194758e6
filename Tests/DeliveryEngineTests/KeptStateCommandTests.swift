import DeliveryDomain
import EventStore
import Foundation
import Synchronization
import Testing

@testable import DeliveryEngine

/// A command on a small shared stream (a store, its admission, a stock plan) is decided first on
/// the state this process keeps, with no read of the log; the append's expected version catches
/// a state another process has moved, and a refusal decided on a kept state is decided again on
/// a read before anyone is told.
@Suite("Commands on a kept shared stream")
struct KeptStateCommandTests {
    /// The log, with its stream reads counted.
    final class CountedReads: EventStore {
        let log: SQLiteEventStore
        let streamReads = Atomic<Int>(0)

        init(_ log: SQLiteEventStore) { self.log = log }

        func append(_ request: AppendRequest) async throws -> AppendResult { try await log.append(request) }
        func appendAll(_ requests: [AppendRequest]) async throws -> [AppendResult] { try await log.appendAll(requests) }
        func readStream(_ stream: StreamID, fromVersion: Int) async throws -> [RecordedEvent] {
            streamReads.add(1, ordering: .relaxed)
            return try await log.readStream(stream, fromVersion: fromVersion)
        }
        func readStreams(_ requests: [(stream: StreamID, fromVersion: Int)]) async throws -> [[RecordedEvent]] {
            streamReads.add(1, ordering: .relaxed)
            return try await log.readStreams(requests)
        }
        func readAll(afterPosition: Int64, limit: Int) async throws -> [RecordedEvent] {
            try await log.readAll(afterPosition: afterPosition, limit: limit)
        }
        func headPosition() async throws -> Int64 { try await log.headPosition() }
        func streamVersion(_ stream: StreamID) async throws -> Int { try await log.streamVersion(stream) }
    }

    /// A second engine on the world's file whose log reads are counted: another process.
    static func counted(_ world: TestWorld) throws -> (DeliveryEngine, CountedReads) {
        let file = try SQLiteEventStore(path: world.path)
        let log = CountedReads(file)
        let engine = DeliveryEngine(
            log: log, local: file, shared: SQLiteSharedState(store: file), follower: nil,
            options: .init(clock: world.clock, ids: .seeded(2), hasher: .fastForTests))
        return (engine, log)
    }

    @Test func aCommandOnAKeptStoreReadsNothing() async throws {
        let world = try await TestWorld.make()
        let (engine, log) = try Self.counted(world)
        try await engine.setMode(.busy, of: world.store, as: world.owner)  // nothing kept yet: one read
        let afterFirst = log.streamReads.load(ordering: .relaxed)
        #expect(afterFirst > 0)
        try await engine.setMode(.open, of: world.store, as: world.owner)
        try await engine.setMode(.paused, of: world.store, as: world.owner)
        #expect(log.streamReads.load(ordering: .relaxed) == afterFirst)
        #expect(try await world.engine.storeState(world.store).mode == .paused)
    }

    /// The kept state says the store is open already; another process made it busy since. The
    /// refusal ("unchanged") is decided again on a read, and the command goes through.
    @Test func aRefusalDecidedOnAStaleKeptStateIsDecidedAgain() async throws {
        let world = try await TestWorld.make()
        let (engine, _) = try Self.counted(world)
        try await engine.setMode(.busy, of: world.store, as: world.owner)
        try await engine.setMode(.open, of: world.store, as: world.owner)
        try await world.engine.setMode(.busy, of: world.store, as: world.owner)

        try await engine.setMode(.open, of: world.store, as: world.owner)
        #expect(try await world.engine.storeState(world.store).mode == .open)
        // Refused only when the store really is open.
        await #expect(throws: DeliveryError.self) { try await engine.setMode(.open, of: world.store, as: world.owner) }
    }

    /// Another process changed the store's settings since this one kept it: the append decided on
    /// the kept state is refused by its version, and the command is decided again on the log, so
    /// neither change is lost.
    @Test func anAppendDecidedOnAStaleKeptStateIsRefusedAndRetried() async throws {
        let world = try await TestWorld.make()
        let (engine, _) = try Self.counted(world)
        try await engine.setMode(.busy, of: world.store, as: world.owner)
        var settings = try await world.engine.storeState(world.store).settings
        settings.prepMinutes += 7
        try await world.engine.changeSettings(settings, of: world.store, as: world.owner)

        try await engine.setMode(.open, of: world.store, as: world.owner)
        let store = try await world.engine.storeState(world.store)
        #expect(store.mode == .open)
        #expect(store.settings.prepMinutes == settings.prepMinutes)
    }
}
