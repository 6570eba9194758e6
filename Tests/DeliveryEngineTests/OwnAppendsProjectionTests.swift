import DeliveryDomain
import EventStore
import Foundation
import Synchronization
import TestCast
import TestScratch
import Testing

@testable import DeliveryEngine

/// A process's own appends reach its read models from memory (``OwnAppends``), never by reading
/// them back; everything else is still read from the log, in position order, none skipped.
@Suite("Own appends projected without reading them back")
struct OwnAppendsProjectionTests {
    /// A log that remembers which positions its `readAll` handed out.
    final class RecordingLog: EventStore {
        let log: SQLiteEventStore
        let handedOut = Mutex<Set<Int64>>([])

        init(_ log: SQLiteEventStore) { self.log = log }

        func append(_ request: AppendRequest) async throws -> AppendResult { try await log.append(request) }
        func appendAll(_ requests: [AppendRequest]) async throws -> [AppendResult] { try await log.appendAll(requests) }
        func readStream(_ stream: StreamID, fromVersion: Int) async throws -> [RecordedEvent] {
            try await log.readStream(stream, fromVersion: fromVersion)
        }
        func readAll(afterPosition: Int64, limit: Int) async throws -> [RecordedEvent] {
            let events = try await log.readAll(afterPosition: afterPosition, limit: limit)
            handedOut.withLock { $0.formUnion(events.map(\.position)) }
            return events
        }
        func headPosition() async throws -> Int64 { try await log.headPosition() }
        func streamVersion(_ stream: StreamID) async throws -> Int { try await log.streamVersion(stream) }
    }

    /// A backend whose log is `log` and whose wake-ups never come: the projection moves only
    /// when a read or a refresh catches it up.
    struct RecordingBackend: EngineBackend {
        let log: RecordingLog
        func accepts(_ location: String) -> Bool { true }
        func open(_ location: String) async throws -> OpenedBackend {
            OpenedBackend(log: log, shared: SQLiteSharedState(store: log.log), changes: LogWakeUps())
        }
    }

    /// An instant with a fraction of a millisecond that the codec's round trip moves, so the
    /// events decided at it exercise ``EventCodec/instantAsDecoded(_:)``.
    static let oddInstant = Date(timeIntervalSince1970: 1_795_000_000.123_456_7)

    static func seedWorld(_ engine: DeliveryEngine) async throws -> (customer: Actor, store: StoreID, item: MenuItemID) {
        let cast = try await TestCast.seed(on: engine, minimumOrder: 0)
        return (cast.customer, cast.store, cast.dishes[0])
    }

    @Test("an own placement and its payment reach the read models without being read back")
    func ownPlacementIsNotReadBack() async throws {
        let folder = TestScratch.url("own-appends")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = RecordingLog(try SQLiteEventStore(path: folder.appendingPathComponent("log.sqlite").path))
        try await log.log.pool.write { db in try SQLiteSharedState.prepare(db) }
        let clock = SimulatedClock(Self.oddInstant)
        var options = DeliveryEngine.Options(clock: clock, ids: .seeded(3), hasher: .fastForTests)
        options.backend = RecordingBackend(log: log)
        let engine = try await DeliveryEngine.open(path: "recording", options: options)
        let world = try await Self.seedWorld(engine)
        try await engine.refresh()

        let before = try await log.headPosition()
        clock.advance(by: 0.000_123_4)
        let result = try await engine.placeOrder(
            from: world.store, lines: [CartLine(item: world.item, quantity: 2)], card: TestWorld.goodCard, as: world.customer)
        let after = try await log.headPosition()
        #expect(after - before == 3)  // placed, payment requested, payment approved

        let history = try await engine.history(world.customer)
        #expect(history.map(\.orderId) == [result.order])
        #expect(history.first?.status == .awaitingConfirmation)
        let readBack = log.handedOut.withLock { $0.intersection(before + 1...after) }
        #expect(readBack.isEmpty, "positions read back from the log: \(readBack.sorted())")
        #expect(try await engine.projector.checkpoint() == after)
    }

    @Test("appends of two processes interleaved: each projects all, in order, as a rebuild does")
    func interleavedAppendsMatchARebuild() async throws {
        let path = TestWorld.temporaryPath()
        let clock = SimulatedClock(Self.oddInstant)
        let first = try await TestWorld.openEngine(path, clock: clock, seed: 1)
        let second = try await TestWorld.openEngine(path, clock: clock, seed: 2)
        let world = try await Self.seedWorld(first)
        var placed: [OrderID] = []
        for round in 0..<6 {
            clock.advance(by: 0.000_777_7)
            let engine = round % 3 == 1 ? second : first
            let order = try await engine.placeOrder(
                from: world.store, lines: [CartLine(item: world.item, quantity: 1 + round % 2)], card: TestWorld.goodCard,
                as: world.customer)
            placed.append(order.order)
            // Reads between appends: the first catches up over the second's appends and its own.
            if round % 2 == 0 { _ = try await first.history(world.customer) }
        }
        for engine in [first, second] {
            let seen = Set(try await engine.history(world.customer).map(\.orderId))
            #expect(seen == Set(placed))
            #expect(try await engine.projector.checkpoint() == (try await engine.store.headPosition()))
            let audit = try await ReadModelAudit.run(engine: engine, scratchPath: TestWorld.temporaryPath())
            #expect(audit.allMatch, "tables that differ from a rebuild: \(audit.tables.filter { !$0.matches }.map(\.table))")
        }
    }

    @Test("what the projection passed is forgotten, by a short step or a long jump, and the rest stays")
    func passedForgetsOnlyWhatWasPassed() throws {
        let instant = EventCodec.instantAsDecoded(Self.oddInstant)
        let payload = Data(#"{"at":\#(1000.0 * instant.timeIntervalSince1970)}"#.utf8)
        let event = try OrderEvent.decode(type: "OrderPickedUp", payload: payload, JSONDecoder.milliseconds)
        let own = OwnAppends()
        for position: Int64 in [1, 2, 3, 10, 1_000, 1_001] {
            own.keep(
                [event], of: "order-x", at: AppendResult(streamVersion: 1, firstPosition: position, lastPosition: position),
                recordedAt: instant)
        }
        func keptPositions() -> [Int64] { [1, 2, 3, 10, 1_000, 1_001].filter { own.event(at: $0) != nil } }
        #expect(keptPositions() == [1, 2, 3, 10, 1_000, 1_001])
        own.passed(2)
        #expect(keptPositions() == [3, 10, 1_000, 1_001])
        #expect(own.run(after: 2, upTo: 100, limit: 10).positions == [3])
        own.passed(9)
        #expect(keptPositions() == [10, 1_000, 1_001])
        own.passed(999)  // a jump longer than what is kept
        #expect(keptPositions() == [1_000, 1_001])
        // Kept late, below what was passed (a catch-up read it first): forgotten at the next pass.
        own.keep([event], of: "order-x", at: AppendResult(streamVersion: 1, firstPosition: 5, lastPosition: 5), recordedAt: instant)
        own.passed(1_000)
        #expect(own.event(at: 5) == nil)
        #expect(keptPositions() == [1_001])
        own.passed(5_000)
        #expect(keptPositions() == [])
    }

    @Test("an event kept in memory is the one the log decodes to")
    func keptEventsAreTheDecodedOnes() throws {
        let codec = EventCodec()
        var instant = Self.oddInstant
        for _ in 0..<2_000 {
            instant = instant.addingTimeInterval(0.000_173_1)
            let now = EventCodec.instantAsDecoded(instant)
            #expect(EventCodec.survivesPayload(now))
            // Written as the encoder writes it: the shortest text that reads back as the same Double.
            let payload = Data(#"{"at":\#(1000.0 * now.timeIntervalSince1970)}"#.utf8)
            let event = try OrderEvent.decode(type: "OrderPickedUp", payload: payload, JSONDecoder.milliseconds)
            let stored = try codec.newEvent(event, id: UUID(), metadata: EventMetadata(actor: "test"))
            let recorded = RecordedEvent(
                position: 1, streamID: "order-1", streamVersion: 1, eventID: stored.eventID, type: stored.type,
                schemaVersion: stored.schemaVersion, payload: stored.payload, recordedAt: now, metadata: stored.metadata)
            let decoded = try codec.decode(recorded, as: OrderEvent.self)
            #expect(decoded == event)
            #expect(decoded.at == now)
        }
    }
}

extension JSONDecoder {
    /// Foundation's decoder as the codec configures it.
    static var milliseconds: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }
}
