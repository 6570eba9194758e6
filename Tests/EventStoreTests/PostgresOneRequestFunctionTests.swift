import EventStore
import Foundation
import PostgresNIO
import Testing

@testable import PostgresEventStore

/// `append_one` writes a call of one request in the fewest statements and leaves everything else
/// to `append_events`: it must write exactly what `append_events` writes, answer alike, and,
/// whenever it cannot, raise with nothing written so the call goes on to `append_events`.
@Suite(
    "PostgreSQL store: append_one, the function for a call of one request",
    .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipNote)
)
struct PostgresOneRequestFunctionTests {
    /// One story of lone appends (several events, conditions, actors and causes, a retry, refusals
    /// of every kind) told to a store that sends them through `append_one` and to one that does
    /// not: the same answers, and logs alike event for event.
    @Test func bothWaysGiveTheSameAnswersAndTheSameLog() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let placed = Sample.append("order-1", .noStream, Sample.events(2))
            let reused = Sample.event()
            let twice = Sample.event()
            let traced = Sample.event(
                "OrderAccepted",
                metadata: EventMetadata(actor: "owner:가게-1", causationID: placed.events[0].eventID, correlationID: UUID()))
            let story: [AppendRequest] = [
                Sample.append("store-1", .noStream, Sample.events(1)),
                placed,
                AppendRequest(
                    stream: "order-2", expectedVersion: .noStream, events: Sample.events(1), recordedAt: Sample.noon,
                    conditions: [AppendCondition(stream: "store-1", version: 1), AppendCondition(stream: "stock-1", version: 0)]),
                placed,  // a retry: the original answer
                Sample.append("order-1", .exactly(2), [traced]),
                Sample.append("order-1", .exactly(2), Sample.events(1)),  // lost the race
                AppendRequest(
                    stream: "order-3", expectedVersion: .any, events: Sample.events(1), recordedAt: Sample.noon,
                    conditions: [AppendCondition(stream: "store-1", version: 2)]),  // a condition fails
                Sample.append("order-4", .noStream, [reused]),
                Sample.append("order-5", .noStream, [Sample.event(), reused]),  // a stored id
                Sample.append("order-6", .noStream, [twice, twice]),  // an id twice
                Sample.append("order-7", .any, []),  // empty
                Sample.append("order-1", .any, Sample.events(3)),
            ]
            var answers: [[Result<AppendResult, EventStoreError>]] = []
            var logs: [[RecordedEvent]] = []
            for oneRequest in [true, false] {
                let store = try await scratch.openStore(scratch.freshURL(), options: .init(oneRequestFunction: oneRequest))
                var told: [Result<AppendResult, EventStoreError>] = []
                for request in story {
                    do {
                        told.append(.success(try await store.append(request)))
                    } catch let refusal as EventStoreError {
                        told.append(.failure(refusal))
                    }
                }
                answers.append(told)
                logs.append(try await store.everything())
            }
            #expect(answers[0] == answers[1])
            #expect(logs[0] == logs[1])
            #expect(logs[0].count == 9)
            #expect(answers[0][3] == answers[0][1], "the retry gets the original answer")
            #expect(answers[0][5] == .failure(.wrongExpectedVersion(stream: "order-1", expected: .exactly(2), actual: 3)))
            #expect(answers[0][6] == .failure(.wrongExpectedVersion(stream: "store-1", expected: .exactly(2), actual: 1)))
            #expect(answers[0][8] == .failure(.eventIDReused(reused.eventID)))
            #expect(answers[0][9] == .failure(.eventIDReused(twice.eventID)))
            #expect(answers[0][10] == .failure(.emptyAppend))
        }
    }

    /// Called directly, `append_one` writes a request of several events at the next positions
    /// and versions, with one row for the answer.
    @Test func aLoneRequestIsWrittenAndAnswered() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let store = try await scratch.makeStore()
            _ = try await store.append(Sample.append("order-1", .noStream, Sample.events(1)))
            let call = AppendCall(requests: [Sample.append("order-1", .exactly(1), Sample.events(3))], independent: false)
            let outcomes = try await Self.callAppendOne(call, on: store, announced: true)
            #expect(try outcomes.map { try $0.get() } == [AppendResult(streamVersion: 4, firstPosition: 2, lastPosition: 4)])
            #expect(try await store.everything().map(\.streamVersion) == [1, 2, 3, 4])
            #expect(try await store.headPosition() == 4)
        }
    }

    /// Everything `append_one` does not answer itself raises BD010 or the unique index's
    /// 23505, with nothing written: the head and the log stay as they were.
    @Test(arguments: LeftToAppendEvents.allCases)
    func whatItLeavesRaisesAndWritesNothing(_ case: LeftToAppendEvents) async throws {
        try await PostgresTestServer.withScratch { scratch in
            let store = try await scratch.makeStore()
            let stored = Sample.append("order-1", .any, Sample.events(1))
            _ = try await store.append(stored)
            _ = try await store.append(Sample.append("store-1", .noStream, Sample.events(1)))
            let call = AppendCall(requests: `case`.requests(retrying: stored), independent: false)
            for announced in [true, false] {
                let error = await #expect(throws: (any Error).self) {
                    _ = try await Self.callAppendOne(call, on: store, announced: announced)
                }
                #expect(ServerFailure.sqlState(of: try #require(error)) == `case`.sqlState)
                #expect(AppendCall.isLeftToAppendEvents(try #require(error)))
            }
            #expect(try await store.headPosition() == 2)
            #expect(try await store.everything().count == 2)
        }
    }

    /// A log made by a build before `append_one` gets it when a newer build opens it, and its
    /// lone appends then go through it.
    @Test func anOlderLogGainsTheFunctionWhenOpened() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let url = scratch.freshURL()
            let older = try await scratch.openStore(url)
            _ = try await older.append(Sample.append("order-1", .noStream, Sample.events(1)))
            // As the build before left it: append_events and its twin, no append_one.
            try await scratch.execute(["DROP FUNCTION append_one", "DROP FUNCTION append_one_unannounced"], in: url)
            let newer = try await scratch.openStore(url)
            let call = AppendCall(requests: [Sample.append("order-1", .exactly(1), Sample.events(1))], independent: false)
            let outcomes = try await Self.callAppendOne(call, on: newer, announced: false)
            #expect(try outcomes.map { try $0.get() } == [AppendResult(streamVersion: 2, firstPosition: 2, lastPosition: 2)])
        }
    }

    /// The call sent to `append_one` (or its unannounced twin) alone, with no way on to
    /// `append_events`.
    static func callAppendOne(_ call: AppendCall, on store: PostgresEventStore, announced: Bool) async throws
        -> [Result<AppendResult, EventStoreError>]
    {
        let binds = call.query().binds
        if announced { return try await call.outcomes(store.connectionPool.execute(AppendStatement<AnnouncedOne>(binds: binds))) }
        return try await call.outcomes(store.connectionPool.execute(AppendStatement<UnannouncedOne>(binds: binds)))
    }

    enum LeftToAppendEvents: String, CaseIterable, CustomStringConvertible, Sendable {
        case twoRequests, noEvents, wrongVersion, failingCondition, storedID, idTwice

        var description: String { rawValue }

        func requests(retrying stored: AppendRequest) -> [AppendRequest] {
            switch self {
            case .twoRequests:
                [Sample.append("order-2", .any, Sample.events(1)), Sample.append("order-3", .any, Sample.events(1))]
            case .noEvents: [Sample.append("order-2", .any, [])]
            case .wrongVersion: [Sample.append("order-1", .noStream, Sample.events(1))]
            case .failingCondition:
                [
                    AppendRequest(
                        stream: "order-2", expectedVersion: .noStream, events: Sample.events(1), recordedAt: Sample.noon,
                        conditions: [AppendCondition(stream: "store-1", version: 0)])
                ]
            case .storedID: [stored]
            case .idTwice:
                {
                    let twice = Sample.event(); return [Sample.append("order-2", .any, [twice, twice])]
                }()
            }
        }

        var sqlState: String {
            switch self {
            case .storedID, .idTwice: "23505"
            default: PostgresEventLogSchema.notForOneRequest
            }
        }
    }
}
