import EventStore
import Foundation
import Testing

@testable import PostgresEventStore

/// `append_events` tries every call in one pass and lets the events' unique index find stored or
/// repeated ids; a call that meets one goes request by request instead. Each group here is sent
/// as one call, so each way through, and the switch between them, is taken for certain.
@Suite(
    "PostgreSQL store: the append function's two ways through",
    .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipNote)
)
struct PostgresAppendPathsTests {
    @Test func aFreshGroupIsWrittenInOnePassWithEachRequestsOwnAnswer() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let store = try await scratch.makeStore()
            _ = try await store.append(Sample.append("store-1", .noStream, Sample.events(1)))
            let claimed = Sample.append("order-1", .noStream, Sample.events(2))
            let outcomes = try await store.appendInOneCall([
                claimed,
                Sample.append("order-2", .noStream, Sample.events(1)),
                Sample.append("order-1", .noStream, Sample.events(1)),  // the same claim, lost
                AppendRequest(
                    stream: "order-3", expectedVersion: .noStream, events: Sample.events(1), recordedAt: Sample.noon,
                    conditions: [AppendCondition(stream: "store-1", version: 2)]),
            ])
            #expect(try outcomes[0].get() == AppendResult(streamVersion: 2, firstPosition: 2, lastPosition: 3))
            #expect(try outcomes[1].get() == AppendResult(streamVersion: 1, firstPosition: 4, lastPosition: 4))
            #expect(outcomes[2] == .failure(.wrongExpectedVersion(stream: "order-1", expected: .noStream, actual: 2)))
            #expect(outcomes[3] == .failure(.wrongExpectedVersion(stream: "store-1", expected: .exactly(2), actual: 1)))
            #expect(try await store.everything().map(\.position) == [1, 2, 3, 4])
        }
    }

    /// The common call: each request on a stream of its own, conditions on streams the call does
    /// not append to, every check passing, requests of several events: versions continue each
    /// stream, positions follow the requests' order, events keep their own request's stream and
    /// time.
    @Test func aGroupOnStreamsOfTheirOwnIsWrittenInOrderWithEachStreamsVersions() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let store = try await scratch.makeStore()
            _ = try await store.append(Sample.append("store-1", .noStream, Sample.events(1)))
            _ = try await store.append(Sample.append("order-1", .noStream, Sample.events(2)))
            let later = Sample.noon.addingTimeInterval(60)
            let outcomes = try await store.appendInOneCall([
                Sample.append("order-1", .exactly(2), Sample.events(3)),
                AppendRequest(
                    stream: "order-2", expectedVersion: .noStream, events: Sample.events(1), recordedAt: later,
                    conditions: [AppendCondition(stream: "store-1", version: 1)]),
                Sample.append("order-3", .any, Sample.events(2)),
            ])
            #expect(try outcomes[0].get() == AppendResult(streamVersion: 5, firstPosition: 4, lastPosition: 6))
            #expect(try outcomes[1].get() == AppendResult(streamVersion: 1, firstPosition: 7, lastPosition: 7))
            #expect(try outcomes[2].get() == AppendResult(streamVersion: 2, firstPosition: 8, lastPosition: 9))
            let log = try await store.everything()
            #expect(log.map(\.position) == Array(1...9))
            #expect(log.dropFirst(3).map(\.streamID) == ["order-1", "order-1", "order-1", "order-2", "order-3", "order-3"])
            #expect(log.dropFirst(3).map(\.streamVersion) == [3, 4, 5, 1, 1, 2])
            #expect(log[6].recordedAt == later)
            #expect(try await store.headPosition() == 9)
        }
    }

    /// Streams apart, a condition and an expected version failing: those requests are refused
    /// alone, and the others' positions close up behind them.
    @Test func aFailingCheckInAGroupOnStreamsApartRefusesOnlyItsRequest() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let store = try await scratch.makeStore()
            _ = try await store.append(Sample.append("store-1", .noStream, Sample.events(1)))
            let outcomes = try await store.appendInOneCall([
                Sample.append("order-1", .noStream, Sample.events(1)),
                AppendRequest(
                    stream: "order-2", expectedVersion: .noStream, events: Sample.events(1), recordedAt: Sample.noon,
                    conditions: [AppendCondition(stream: "store-1", version: 3)]),
                Sample.append("order-3", .exactly(1), Sample.events(1)),
                Sample.append("order-4", .noStream, Sample.events(2)),
            ])
            #expect(try outcomes[0].get() == AppendResult(streamVersion: 1, firstPosition: 2, lastPosition: 2))
            #expect(outcomes[1] == .failure(.wrongExpectedVersion(stream: "store-1", expected: .exactly(3), actual: 1)))
            #expect(outcomes[2] == .failure(.wrongExpectedVersion(stream: "order-3", expected: .exactly(1), actual: 0)))
            #expect(try outcomes[3].get() == AppendResult(streamVersion: 2, firstPosition: 3, lastPosition: 4))
            #expect(try await store.everything().map(\.streamID) == ["store-1", "order-1", "order-4", "order-4"])
        }
    }

    /// The retry's stream has moved on, so the pass alone would refuse it: its stored ids send
    /// the call request by request, where it gets what the first attempt got.
    @Test func aRetryThatTheOnePassWouldRefuseGetsItsOriginalResult() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let store = try await scratch.makeStore()
            let stored = Sample.append("order-1", .noStream, Sample.events(2))
            let original = try await store.append(stored)
            _ = try await store.append(Sample.append("order-1", .exactly(2), Sample.events(1)))

            let outcomes = try await store.appendInOneCall([Sample.append("order-2", .noStream, Sample.events(1)), stored])
            #expect(try outcomes[0].get() == AppendResult(streamVersion: 1, firstPosition: 4, lastPosition: 4))
            #expect(try outcomes[1].get() == original)

            // All or none: the same retry inside `appendAll` is answered alike, not refused.
            let results = try await store.appendAll([stored, Sample.append("order-3", .noStream, Sample.events(1))])
            #expect(results[0] == original)
            #expect(results[1] == AppendResult(streamVersion: 1, firstPosition: 5, lastPosition: 5))
            #expect(try await store.everything().count == 5)
        }
    }

    /// An id in two requests of one call, and an id twice in one request: the index stops the
    /// pass, and request by request the first claim of an id wins.
    @Test func anIdRepeatedInACallIsRefusedWhereItRepeats() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let store = try await scratch.makeStore()
            let shared = Sample.event()
            let twice = Sample.event()
            let outcomes = try await store.appendInOneCall([
                Sample.append("order-1", .noStream, [shared]),
                Sample.append("order-2", .noStream, [Sample.event(), shared]),
                Sample.append("order-3", .noStream, [twice, twice]),
                Sample.append("order-4", .noStream, Sample.events(1)),
            ])
            #expect(try outcomes[0].get() == AppendResult(streamVersion: 1, firstPosition: 1, lastPosition: 1))
            #expect(outcomes[1] == .failure(.eventIDReused(shared.eventID)))
            #expect(outcomes[2] == .failure(.eventIDReused(twice.eventID)))
            #expect(try outcomes[3].get() == AppendResult(streamVersion: 1, firstPosition: 2, lastPosition: 2))
            let log = try await store.everything()
            #expect(log.map(\.streamID) == ["order-1", "order-4"])
            #expect(try await store.streamVersion("order-2") == 0)
        }
    }

    /// A request whose versions are wrong and whose id repeats is told of the id first, as on
    /// SQLite: its checks run in the same order, though the pass alone would only see versions.
    @Test func aRefusedRequestsRepeatedIdIsNamedBeforeItsVersion() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let store = try await scratch.makeStore()
            _ = try await store.append(Sample.append("order-1", .noStream, Sample.events(1)))
            let shared = Sample.event()
            let twice = Sample.event()
            let outcomes = try await store.appendInOneCall([
                Sample.append("order-2", .noStream, [shared]),
                Sample.append("order-1", .noStream, [shared]),
                Sample.append("order-1", .noStream, [twice, twice]),
            ])
            #expect(try outcomes[0].get() == AppendResult(streamVersion: 1, firstPosition: 2, lastPosition: 2))
            #expect(outcomes[1] == .failure(.eventIDReused(shared.eventID)))
            #expect(outcomes[2] == .failure(.eventIDReused(twice.eventID)))
        }
    }
}
