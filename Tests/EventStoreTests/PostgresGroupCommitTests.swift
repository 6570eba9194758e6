import EventStore
import Foundation
import PostgresEventStore
import Testing

/// Concurrent appends in one process share calls of `append_events`; within a shared call each
/// request still succeeds or is refused on its own, exactly as it would alone.
@Suite(
    "PostgreSQL store: group commit",
    .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipNote)
)
struct PostgresGroupCommitTests {
    @Test func racingAppendsShareCallsAndEachGetsItsOwnAnswer() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let store = try await scratch.openStore(scratch.freshURL(), options: .init(maximumConnections: 2))
            let stored = Sample.events(2)
            _ = try await store.append(Sample.append("order-retried", .noStream, stored))

            var requests: [AppendRequest] = []
            // Forty claims on one fresh stream: exactly one wins.
            requests += (0..<40).map { _ in Sample.append("order-1", .noStream, Sample.events(1)) }
            // Forty appends to streams of their own: all win.
            requests += (0..<40).map { Sample.append(StreamID("courier-\($0)"), .noStream, Sample.events(2)) }
            // Retries of a stored append get its original result; a reused id is refused.
            requests += (0..<5).map { _ in Sample.append("order-retried", .noStream, stored) }
            requests.append(Sample.append("order-thief", .any, [stored[0]]))
            requests.shuffle()

            var attempts: [AppendAttempt] = []
            for _ in 0..<5 where attempts.isEmpty || store.largestAppendGroup() < 2 {
                // Run again on fresh streams if the scheduler happened to send every append alone.
                attempts = try await ConcurrentAppends.run(requests, on: store)
                if store.largestAppendGroup() < 2 {
                    requests = requests.map { request in
                        var fresh = request
                        fresh.stream = StreamID(request.stream.rawValue + "-again")
                        fresh.events = request.events.map { _ in Sample.event() }
                        return fresh
                    }
                }
            }
            #expect(store.largestAppendGroup() > 1, "concurrent appends never shared a call")

            let claims = attempts.filter { $0.request.stream == "order-1" }
            let winners = claims.filter { (try? $0.outcome.get()) != nil }
            #expect(winners.count == 1)
            for claim in claims where (try? claim.outcome.get()) == nil {
                #expect(claim.outcome == .failure(.wrongExpectedVersion(stream: "order-1", expected: .noStream, actual: 1)))
            }
            let original = try await store.readStream("order-retried", fromVersion: 1)
            let originalResult = AppendResult(streamVersion: 2, firstPosition: original[0].position, lastPosition: original[1].position)
            for retry in attempts where retry.request.stream == "order-retried" {
                let answer = try retry.outcome.get()
                #expect(answer == originalResult)
            }
            let thief = try #require(attempts.first { $0.request.stream == "order-thief" })
            #expect(thief.outcome == .failure(.eventIDReused(stored[0].eventID)))

            // What each winner was told is what the log holds; the log is dense.
            let all = try await store.everything()
            let dense: [Int64] = Array(1...Int64(all.count))
            #expect(all.map(\.position) == dense)
            let byPosition = Dictionary(uniqueKeysWithValues: all.map { ($0.position, $0) })
            for attempt in attempts {
                guard let result = try? attempt.outcome.get(), attempt.request.stream != "order-retried" else { continue }
                let written = (result.firstPosition...result.lastPosition).compactMap { byPosition[$0] }
                #expect(written.map(\.eventID) == attempt.request.events.map(\.eventID))
                #expect(written.allSatisfy { $0.streamID == attempt.request.stream })
            }
            let expectedCount = 2 + 1 + 40 * 2
            #expect(all.count == expectedCount)
        }
    }

    /// The contract again with group commit off, so both ways of calling the server are held to it.
    @Test(arguments: EventStoreContract.Check.allCases)
    func contractWithoutGroupCommit(_ check: EventStoreContract.Check) async throws {
        try await PostgresTestServer.withScratch { scratch in
            try await check.run { try await scratch.openStore(scratch.freshURL(), options: .init(maximumGroupSize: 1)) }
        }
    }
}
