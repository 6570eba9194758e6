import EventStore
import Foundation
import Testing

/// What every `EventStore` must do, whatever it stores events in.
///
/// Each check takes a factory for a fresh, empty store, so that the SQLite store runs it today
/// and a PostgreSQL store can run the very same checks later:
///
/// ```swift
/// @Test(arguments: EventStoreContract.Check.allCases)
/// func contract(_ check: EventStoreContract.Check) async throws {
///     try await check.run(on: { try makeEmptyStore() })
/// }
/// ```
enum EventStoreContract {
    typealias MakeStore = () async throws -> any EventStore

    /// The checks by name, for parameterised tests.
    enum Check: String, CaseIterable, CustomStringConvertible, Sendable {
        case positionsIncreaseAndAreNeverReused
        case streamVersionsStartAtOneWithoutGaps
        case noStreamSemantics
        case exactlySemantics
        case anySemantics
        case wrongExpectedVersionWritesNothing
        case retriedAppendIsIdempotent
        case eventIDReusedIsRefused
        case readStreamFromVersion
        case readStreamsReadsEachFromItsVersion
        case appendAllWritesEveryStreamOrNone
        case conditionsOnOtherStreamsAreChecked
        case readAllPaginates
        case metadataPayloadAndTimeRoundTrip
        case emptyAppendIsRefused
        case headPositionAndStreamVersionOfEmptyStore

        var description: String { rawValue }

        func run(on makeStore: MakeStore) async throws {
            switch self {
            case .positionsIncreaseAndAreNeverReused: try await EventStoreContract.positionsIncreaseAndAreNeverReused(makeStore)
            case .streamVersionsStartAtOneWithoutGaps: try await EventStoreContract.streamVersionsStartAtOneWithoutGaps(makeStore)
            case .noStreamSemantics: try await EventStoreContract.noStreamSemantics(makeStore)
            case .exactlySemantics: try await EventStoreContract.exactlySemantics(makeStore)
            case .anySemantics: try await EventStoreContract.anySemantics(makeStore)
            case .wrongExpectedVersionWritesNothing: try await EventStoreContract.wrongExpectedVersionWritesNothing(makeStore)
            case .retriedAppendIsIdempotent: try await EventStoreContract.retriedAppendIsIdempotent(makeStore)
            case .eventIDReusedIsRefused: try await EventStoreContract.eventIDReusedIsRefused(makeStore)
            case .readStreamFromVersion: try await EventStoreContract.readStreamFromVersion(makeStore)
            case .readStreamsReadsEachFromItsVersion: try await EventStoreContract.readStreamsReadsEachFromItsVersion(makeStore)
            case .conditionsOnOtherStreamsAreChecked: try await EventStoreContract.conditionsOnOtherStreamsAreChecked(makeStore)
            case .appendAllWritesEveryStreamOrNone: try await EventStoreContract.appendAllWritesEveryStreamOrNone(makeStore)
            case .readAllPaginates: try await EventStoreContract.readAllPaginates(makeStore)
            case .metadataPayloadAndTimeRoundTrip: try await EventStoreContract.metadataPayloadAndTimeRoundTrip(makeStore)
            case .emptyAppendIsRefused: try await EventStoreContract.emptyAppendIsRefused(makeStore)
            case .headPositionAndStreamVersionOfEmptyStore: try await EventStoreContract.headPositionAndStreamVersionOfEmptyStore(makeStore)
            }
        }
    }

    // MARK: Positions

    /// Positions grow with every append, across streams, and a refused append in between does
    /// not let a later event take a position already handed out.
    static func positionsIncreaseAndAreNeverReused(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        let first = try await store.append(Sample.append("order-1", .noStream, Sample.events(2)))
        let second = try await store.append(Sample.append("order-2", .noStream, Sample.events(1)))
        await #expect(throws: EventStoreError.self) {
            try await store.append(Sample.append("order-1", .exactly(7), Sample.events(3)))
        }
        let third = try await store.append(Sample.append("order-1", .exactly(2), Sample.events(3)))

        #expect(first.firstPosition >= 1)
        #expect(first.lastPosition == first.firstPosition + 1)
        #expect(second.firstPosition > first.lastPosition)
        #expect(third.firstPosition > second.lastPosition)
        #expect(third.lastPosition > third.firstPosition)

        let all = try await store.everything()
        let positions = all.map(\.position)
        #expect(all.count == 6)
        #expect(positions == positions.sorted())
        #expect(Set(positions).count == positions.count, "a position was handed out twice")
        #expect(positions.first == first.firstPosition)
        #expect(positions.last == third.lastPosition)
        #expect(try await store.headPosition() == third.lastPosition)
    }

    // MARK: Stream versions

    static func streamVersionsStartAtOneWithoutGaps(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        _ = try await store.append(Sample.append("order-1", .noStream, Sample.events(1)))
        _ = try await store.append(Sample.append("courier-9", .any, Sample.events(2)))
        let second = try await store.append(Sample.append("order-1", .exactly(1), Sample.events(3)))
        _ = try await store.append(Sample.append("courier-9", .any, Sample.events(1)))
        let third = try await store.append(Sample.append("order-1", .any, Sample.events(2)))

        #expect(second.streamVersion == 4)
        #expect(third.streamVersion == 6)
        let order = try await store.readStream("order-1", fromVersion: 1)
        #expect(order.map(\.streamVersion) == Array(1...6))
        #expect(order.allSatisfy { $0.streamID == "order-1" })
        #expect(order.map(\.position) == order.map(\.position).sorted())
        #expect(try await store.readStream("courier-9", fromVersion: 1).map(\.streamVersion) == [1, 2, 3])
        #expect(try await store.streamVersion("order-1") == 6)
        #expect(try await store.streamVersion("courier-9") == 3)
        #expect(try await store.streamVersion("kitchen-nowhere") == 0)
    }

    // MARK: Expected version

    static func noStreamSemantics(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        let created = try await store.append(Sample.append("order-1", .noStream, Sample.events(2)))
        #expect(created.streamVersion == 2)
        await #expect(throws: EventStoreError.wrongExpectedVersion(stream: "order-1", expected: .noStream, actual: 2)) {
            try await store.append(Sample.append("order-1", .noStream, Sample.events(1)))
        }
        // Another stream is unaffected by order-1 existing.
        #expect(try await store.append(Sample.append("order-2", .noStream, Sample.events(1))).streamVersion == 1)
    }

    static func exactlySemantics(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        // Version 0 is the absent stream.
        #expect(try await store.append(Sample.append("order-1", .exactly(0), Sample.events(2))).streamVersion == 2)
        #expect(try await store.append(Sample.append("order-1", .exactly(2), Sample.events(1))).streamVersion == 3)
        await #expect(throws: EventStoreError.wrongExpectedVersion(stream: "order-1", expected: .exactly(2), actual: 3)) {
            try await store.append(Sample.append("order-1", .exactly(2), Sample.events(1)))
        }
        await #expect(throws: EventStoreError.wrongExpectedVersion(stream: "order-1", expected: .exactly(4), actual: 3)) {
            try await store.append(Sample.append("order-1", .exactly(4), Sample.events(1)))
        }
        await #expect(throws: EventStoreError.wrongExpectedVersion(stream: "order-2", expected: .exactly(1), actual: 0)) {
            try await store.append(Sample.append("order-2", .exactly(1), Sample.events(1)))
        }
    }

    static func anySemantics(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        #expect(try await store.append(Sample.append("order-1", .any, Sample.events(1))).streamVersion == 1)
        #expect(try await store.append(Sample.append("order-1", .any, Sample.events(2))).streamVersion == 3)
        #expect(try await store.streamVersion("order-1") == 3)
    }

    /// A refused append leaves no event, no version and no position behind, and does not
    /// reserve its event ids: the same events can be appended once the command decided again.
    static func wrongExpectedVersionWritesNothing(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        _ = try await store.append(Sample.append("order-1", .noStream, Sample.events(2)))
        let before = try await store.everything()
        let head = try await store.headPosition()

        let refused = Sample.events(3)
        await #expect(throws: EventStoreError.wrongExpectedVersion(stream: "order-1", expected: .exactly(1), actual: 2)) {
            try await store.append(Sample.append("order-1", .exactly(1), refused))
        }
        #expect(try await store.everything() == before)
        #expect(try await store.headPosition() == head)
        #expect(try await store.streamVersion("order-1") == 2)

        let accepted = try await store.append(Sample.append("order-1", .exactly(2), refused))
        #expect(accepted.streamVersion == 5)
        #expect(try await store.readStream("order-1", fromVersion: 3).map(\.eventID) == refused.map(\.eventID))
    }

    // MARK: Idempotency

    /// A retry (same ids, same events) answers the original result and writes nothing, even
    /// when its expected version is stale by then and even after the stream moved on.
    static func retriedAppendIsIdempotent(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        let events = Sample.events(3)
        let original = try await store.append(Sample.append("order-1", .noStream, events))
        let head = try await store.headPosition()

        let retry = try await store.append(Sample.append("order-1", .noStream, events, at: Sample.noon.addingTimeInterval(30)))
        #expect(retry == original)
        #expect(try await store.headPosition() == head)

        _ = try await store.append(Sample.append("order-1", .exactly(3), Sample.events(1)))
        let lateRetry = try await store.append(Sample.append("order-1", .noStream, events))
        #expect(lateRetry == original)

        let anyRetry = try await store.append(Sample.append("order-1", .any, events))
        #expect(anyRetry == original)

        let stored = try await store.readStream("order-1", fromVersion: 1)
        #expect(stored.count == 4)
        #expect(Set(stored.map(\.eventID)).count == 4)
        #expect(Array(stored.prefix(3)).map(\.eventID) == events.map(\.eventID))
    }

    /// An id already stored elsewhere, with other content, or only partly matching a request,
    /// is refused, and the refusal writes nothing.
    static func eventIDReusedIsRefused(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        let events = Sample.events(2)
        _ = try await store.append(Sample.append("order-1", .noStream, events))
        let before = try await store.everything()

        // Same id in another stream.
        await #expect(throws: EventStoreError.eventIDReused(events[0].eventID)) {
            try await store.append(Sample.append("order-2", .any, [events[0]]))
        }
        // Same id, same stream, other content.
        var changed = events
        changed[1].payload = Data(#"{"n":"changed"}"#.utf8)
        await #expect(throws: EventStoreError.eventIDReused(events[1].eventID)) {
            try await store.append(Sample.append("order-1", .any, changed))
        }
        // Some ids stored, some new.
        let mixed = [events[0], Sample.event()]
        await #expect(throws: EventStoreError.eventIDReused(events[0].eventID)) {
            try await store.append(Sample.append("order-1", .any, mixed))
        }
        // Same events but not where the request says they go.
        await #expect(throws: EventStoreError.eventIDReused(events[0].eventID)) {
            try await store.append(Sample.append("order-1", .exactly(5), events))
        }
        // One id twice in one request.
        let twice = Sample.event()
        await #expect(throws: EventStoreError.eventIDReused(twice.eventID)) {
            try await store.append(Sample.append("order-3", .any, [twice, twice]))
        }
        #expect(try await store.everything() == before)
        #expect(try await store.streamVersion("order-2") == 0)
        #expect(try await store.streamVersion("order-3") == 0)
    }

    // MARK: Reading

    static func readStreamFromVersion(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        let events = Sample.events(5)
        _ = try await store.append(Sample.append("order-1", .noStream, events))
        _ = try await store.append(Sample.append("order-2", .noStream, Sample.events(2)))

        #expect(try await store.readStream("order-1", fromVersion: 1).map(\.eventID) == events.map(\.eventID))
        #expect(try await store.readStream("order-1", fromVersion: 3).map(\.streamVersion) == [3, 4, 5])
        #expect(try await store.readStream("order-1", fromVersion: 5).map(\.eventID) == [events[4].eventID])
        #expect(try await store.readStream("order-1", fromVersion: 6).isEmpty)
        #expect(try await store.readStream("order-1", fromVersion: 0).count == 5)
        #expect(try await store.readStream("order-404", fromVersion: 1).isEmpty)
    }

    static func readStreamsReadsEachFromItsVersion(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        let first = Sample.events(4)
        let second = Sample.events(2)
        _ = try await store.append(Sample.append("store-1", .noStream, first))
        _ = try await store.append(Sample.append("admission-1", .noStream, second))

        let answers = try await store.readStreams([
            (stream: "store-1", fromVersion: 3), (stream: "order-404", fromVersion: 1),
            (stream: "admission-1", fromVersion: 1), (stream: "store-1", fromVersion: 5),
        ])
        #expect(answers.count == 4)
        #expect(answers[0].map(\.eventID) == Array(first[2...]).map(\.eventID))
        #expect(answers[1].isEmpty)
        #expect(answers[2].map(\.eventID) == second.map(\.eventID))
        #expect(answers[3].isEmpty)
        #expect(try await store.readStreams([]).isEmpty)
    }

    /// Several streams in one atomic step: all are written, at consecutive positions, or, when
    /// any request is refused, none is, and that refusal is what the caller hears.
    static func appendAllWritesEveryStreamOrNone(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        _ = try await store.append(Sample.append("shard-1", .noStream, Sample.events(1)))
        let one = Sample.append("shard-1", .exactly(1), Sample.events(1))
        let two = Sample.append("shard-2", .noStream, Sample.events(2))
        let results = try await store.appendAll([one, two])
        #expect(results.map(\.streamVersion) == [2, 2])
        #expect(results[1].firstPosition == results[0].lastPosition + 1)
        #expect(try await store.readStream("shard-2", fromVersion: 1).map(\.eventID) == two.events.map(\.eventID))

        let head = try await store.headPosition()
        let fresh = Sample.append("shard-3", .noStream, Sample.events(1))
        let stale = Sample.append("shard-1", .exactly(1), Sample.events(1))
        await #expect(throws: EventStoreError.wrongExpectedVersion(stream: "shard-1", expected: .exactly(1), actual: 2)) {
            try await store.appendAll([fresh, stale])
        }
        #expect(try await store.headPosition() == head, "the fresh request before the stale one was not kept")
        #expect(try await store.streamVersion("shard-3") == 0)
        #expect(try await store.appendAll([]).isEmpty)
    }

    /// An append decided on other streams' states is written only while those streams are
    /// still at the versions it names; an absent stream is version 0.
    static func conditionsOnOtherStreamsAreChecked(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        _ = try await store.append(Sample.append("store-1", .noStream, Sample.events(2)))
        let conditions = [AppendCondition(stream: "store-1", version: 2), AppendCondition(stream: "admission-1", version: 0)]
        var order = Sample.append("order-1", .noStream, Sample.events(1))
        order.conditions = conditions
        #expect(try await store.append(order).streamVersion == 1)

        _ = try await store.append(Sample.append("store-1", .exactly(2), Sample.events(1)))
        var late = Sample.append("order-2", .noStream, Sample.events(1))
        late.conditions = conditions
        await #expect(throws: EventStoreError.wrongExpectedVersion(stream: "store-1", expected: .exactly(2), actual: 3)) {
            try await store.append(late)
        }
        #expect(try await store.streamVersion("order-2") == 0)

        _ = try await store.append(Sample.append("admission-1", .noStream, Sample.events(1)))
        var unaware = Sample.append("order-3", .noStream, Sample.events(1))
        unaware.conditions = [AppendCondition(stream: "store-1", version: 3), AppendCondition(stream: "admission-1", version: 0)]
        await #expect(throws: EventStoreError.wrongExpectedVersion(stream: "admission-1", expected: .noStream, actual: 1)) {
            try await store.append(unaware)
        }
        #expect(try await store.streamVersion("order-3") == 0)
    }

    static func readAllPaginates(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        for index in 0..<25 {
            _ = try await store.append(Sample.append(StreamID("order-\(index % 4)"), .any, Sample.events(1)))
        }
        let whole = try await store.readAll(afterPosition: 0, limit: 1_000)
        #expect(whole.count == 25)

        let page1 = try await store.readAll(afterPosition: 0, limit: 10)
        let page2 = try await store.readAll(afterPosition: try #require(page1.last).position, limit: 10)
        let page3 = try await store.readAll(afterPosition: try #require(page2.last).position, limit: 10)
        let page4 = try await store.readAll(afterPosition: try #require(page3.last).position, limit: 10)
        let pageSizes: [Int] = [page1.count, page2.count, page3.count, page4.count]
        #expect(pageSizes == [10, 10, 5, 0])
        #expect(page1 + page2 + page3 == whole)

        let middle = whole[11].position
        #expect(try await store.readAll(afterPosition: middle, limit: 3) == Array(whole[12..<15]))
        #expect(try await store.readAll(afterPosition: try await store.headPosition(), limit: 10).isEmpty)
        #expect(try await store.readAll(afterPosition: 0, limit: 0).isEmpty)
    }

    /// Everything the caller gave comes back as given; the time to the microsecond.
    static func metadataPayloadAndTimeRoundTrip(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        let full = EventMetadata(actor: "customer:17", causationID: UUID(), correlationID: UUID())
        let binary = Data([0x00, 0xFF, 0xFE, 0x80, 0x00, 0x7F])
        let events = [
            NewEvent(eventID: UUID(), type: "OrderPlaced", schemaVersion: 3, payload: Data(#"{"menu":"bibimbap"}"#.utf8), metadata: full),
            NewEvent(eventID: UUID(), type: "PaymentCaptured", schemaVersion: 1, payload: binary, metadata: EventMetadata()),
            NewEvent(eventID: UUID(), type: "Nothing", schemaVersion: 1, payload: Data(), metadata: EventMetadata(actor: "timer")),
        ]
        let at = Sample.noon
        let result = try await store.append(Sample.append("order-1", .noStream, events, at: at))
        let stored = try await store.readStream("order-1", fromVersion: 1)
        try #require(stored.count == 3)

        for (given, recorded) in zip(events, stored) {
            #expect(recorded.eventID == given.eventID)
            #expect(recorded.type == given.type)
            #expect(recorded.schemaVersion == given.schemaVersion)
            #expect(recorded.payload == given.payload)
            #expect(recorded.metadata == given.metadata)
            #expect(recorded.streamID == "order-1")
            #expect(abs(recorded.recordedAt.timeIntervalSince(at)) < 0.000_001)
        }
        #expect(stored.first?.position == result.firstPosition)
        #expect(stored.last?.position == result.lastPosition)
        #expect(try await store.readAll(afterPosition: 0, limit: 10) == stored)
    }

    static func emptyAppendIsRefused(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        await #expect(throws: EventStoreError.emptyAppend) {
            try await store.append(Sample.append("order-1", .any, []))
        }
        await #expect(throws: EventStoreError.emptyAppend) {
            try await store.append(Sample.append("order-1", .exactly(3), []))
        }
        #expect(try await store.headPosition() == 0)
        #expect(try await store.streamVersion("order-1") == 0)
    }

    static func headPositionAndStreamVersionOfEmptyStore(_ makeStore: MakeStore) async throws {
        let store = try await makeStore()
        #expect(try await store.headPosition() == 0)
        #expect(try await store.streamVersion("order-1") == 0)
        #expect(try await store.readAll(afterPosition: 0, limit: 10).isEmpty)
        let result = try await store.append(Sample.append("order-1", .any, Sample.events(4)))
        #expect(try await store.headPosition() == result.lastPosition)
    }
}
