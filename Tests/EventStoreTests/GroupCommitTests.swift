import EventStore
import Foundation
import GRDB
import Testing

/// Many appends at once share transactions, yet each is checked, written and answered alone.
@Suite("SQLite store's group commit")
final class GroupCommitTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    private func makeStore(_ options: SQLiteEventStore.Options = .init()) throws -> SQLiteEventStore {
        try SQLiteEventStore(path: directory.path("\(UUID().uuidString).sqlite"), configuration: options)
    }

    @Test func sixtyFourAppendersToDistinctStreams() async throws {
        let store = try makeStore()
        let requests = (0..<64).map { Sample.append(StreamID("order-\($0)"), .noStream, Sample.events(2)) }
        let attempts = try await ConcurrentAppends.run(requests, on: store)

        for attempt in attempts {
            let result = try attempt.outcome.get()
            #expect(result.streamVersion == 2)
            let stored = try await store.readStream(attempt.request.stream, fromVersion: 1)
            #expect(stored.map(\.eventID) == attempt.request.events.map(\.eventID))
            #expect(stored.map(\.position) == [result.firstPosition, result.lastPosition])
        }
        let all = try await store.everything()
        #expect(all.count == 128)
        #expect(Set(all.map(\.position)).count == 128)
        let statistics = await store.groupCommitStatistics()
        #expect(statistics.appends == 64)
        #expect(statistics.queued == 0 && statistics.committing == 0)
    }

    @Test func sixtyFourAppendersToOneStream() async throws {
        let store = try makeStore()
        let requests = (0..<64).map { _ in Sample.append("busy-kitchen", .any, Sample.events(2)) }
        let attempts = try await ConcurrentAppends.run(requests, on: store)

        let stored = try await store.readStream("busy-kitchen", fromVersion: 1)
        #expect(stored.map(\.streamVersion) == Array(1...128))
        #expect(Set(stored.map(\.eventID)).count == 128)
        let byVersion = Dictionary(uniqueKeysWithValues: stored.map { ($0.streamVersion, $0) })
        for attempt in attempts {
            let result = try attempt.outcome.get()
            // Each caller's events sit together, in its order, at the versions it was told.
            let own = [result.streamVersion - 1, result.streamVersion].compactMap { byVersion[$0] }
            #expect(own.map(\.eventID) == attempt.request.events.map(\.eventID))
            #expect(own.map(\.position) == [result.firstPosition, result.lastPosition])
        }
    }

    /// Optimistic concurrency under contention: appenders that lose re-read and retry with the
    /// same event ids, until every one of them got in exactly once.
    @Test func sixtyFourOptimisticAppendersToOneStreamAllGetInOnce() async throws {
        let store = try makeStore()
        let events = (0..<64).map { _ in Sample.event("TicketPrinted") }
        let refusals = try await withThrowingTaskGroup(of: Int.self) { group in
            for event in events {
                group.addTask {
                    var refused = 0
                    var expected = try await store.streamVersion("printer")
                    while true {
                        do {
                            _ = try await store.append(Sample.append("printer", .exactly(expected), [event]))
                            return refused
                        } catch EventStoreError.wrongExpectedVersion(_, _, let actual) {
                            refused += 1
                            expected = actual
                        }
                    }
                }
            }
            return try await group.reduce(0, +)
        }
        let stored = try await store.readStream("printer", fromVersion: 1)
        #expect(stored.map(\.streamVersion) == Array(1...64))
        #expect(Set(stored.map(\.eventID)) == Set(events.map(\.eventID)))
        #expect(try await store.everything().count == 64, "a refused attempt left an event behind (\(refusals) refusals)")
    }

    @Test func sixtyFourAppendersRacingToCreateOneStreamHaveOneWinner() async throws {
        let store = try makeStore()
        let requests = (0..<64).map { _ in Sample.append("order-1", .noStream, Sample.events(1)) }
        let attempts = try await ConcurrentAppends.run(requests, on: store)

        let winners = attempts.filter { (try? $0.outcome.get()) != nil }
        try #require(winners.count == 1)
        for attempt in attempts where attempt.request.events != winners[0].request.events {
            #expect(attempt.outcome == .failure(.wrongExpectedVersion(stream: "order-1", expected: .noStream, actual: 1)))
        }
        #expect(try await store.everything().map(\.eventID) == winners[0].request.events.map(\.eventID))
    }

    /// In one transaction, a refused request writes nothing (it is decided before it writes), and a later
    /// request sees the earlier ones of the same transaction.
    @Test func batchAnswersEachRequestOnItsOwnInOneTransaction() async throws {
        let store = try makeStore()
        let a = Sample.append("order-1", .noStream, Sample.events(2))
        let resultA = try await store.append(a)

        let b = Sample.append("order-2", .noStream, Sample.events(1))
        let staleOrder1 = Sample.append("order-1", .exactly(0), Sample.events(1))
        let d = Sample.append("order-1", .exactly(2), Sample.events(1))
        let empty = Sample.append("order-4", .any, [])
        let f = Sample.append("order-2", .exactly(1), Sample.events(1))
        let reusesB = Sample.append("order-3", .any, b.events)

        let outcomes = try await store.appendBatch([b, staleOrder1, a, d, empty, f, reusesB])
        try #require(outcomes.count == 7)
        #expect(try outcomes[0].get().streamVersion == 1)
        #expect(outcomes[1] == .failure(.wrongExpectedVersion(stream: "order-1", expected: .exactly(0), actual: 2)))
        #expect(outcomes[2] == .success(resultA))
        #expect(try outcomes[3].get().streamVersion == 3)
        #expect(outcomes[4] == .failure(.emptyAppend))
        #expect(try outcomes[5].get().streamVersion == 2)
        #expect(outcomes[6] == .failure(.eventIDReused(b.events[0].eventID)))

        #expect(try await store.readStream("order-1", fromVersion: 1).map(\.eventID) == (a.events + d.events).map(\.eventID))
        #expect(try await store.readStream("order-2", fromVersion: 1).map(\.eventID) == (b.events + f.events).map(\.eventID))
        #expect(try await store.streamVersion("order-3") == 0)

        let statistics = await store.groupCommitStatistics()
        #expect(statistics.transactions == 2, "one for the first append, one for the whole batch")
        #expect(statistics.appends == 8)
        #expect(try await store.appendBatch([]).isEmpty)
    }

    /// A group reads each stream's version once and follows its own appends: a condition on a
    /// stream an earlier request of the same transaction moved sees the new version, and a
    /// refused request moves nothing.
    @Test func conditionsInOneTransactionSeeTheVersionsItsEarlierRequestsWrote() async throws {
        let store = try makeStore()
        func placement(_ order: StreamID, storeAt version: Int) -> AppendRequest {
            var request = Sample.append(order, .noStream, Sample.events(1))
            request.conditions = [AppendCondition(stream: "store-1", version: version)]
            return request
        }
        let opens = Sample.append("store-1", .noStream, Sample.events(1))
        let staleStoreChange = Sample.append("store-1", .exactly(0), Sample.events(1))
        let outcomes = try await store.appendBatch([
            placement("order-1", storeAt: 0), opens, placement("order-2", storeAt: 0), staleStoreChange,
            placement("order-3", storeAt: 1),
        ])
        try #require(outcomes.count == 5)
        #expect(try outcomes[0].get().streamVersion == 1)
        #expect(try outcomes[1].get().streamVersion == 1)
        #expect(
            outcomes[2] == .failure(.wrongExpectedVersion(stream: "store-1", expected: .noStream, actual: 1)),
            "a condition read before the store moved must not be reused after it")
        #expect(outcomes[3] == .failure(.wrongExpectedVersion(stream: "store-1", expected: .exactly(0), actual: 1)))
        #expect(try outcomes[4].get().streamVersion == 1)
        #expect(try await store.streamVersion("store-1") == 1)
        #expect(try await store.streamVersion("order-2") == 0)
    }

    /// While the file's write lock is held elsewhere, 64 appends pile up; once it is released
    /// they need at most two transactions (whatever got in before the pile-up, then the rest).
    @Test(.timeLimit(.minutes(1)))
    func appendsQueuedBehindACommitShareTheNextTransaction() async throws {
        let path = directory.path("held.sqlite")
        let (store, blocker) = try WriteLockHolder.storeWithLockHeld(at: path)

        let requests = (0..<64).map { Sample.append(StreamID("order-\($0)"), .noStream, Sample.events(1)) }
        async let attempts = ConcurrentAppends.run(requests, on: store)
        while true {
            let statistics = await store.groupCommitStatistics()
            if statistics.queued + statistics.committing == 64 { break }
            await Task.yield()
        }
        try blocker.inDatabase { try $0.execute(sql: "COMMIT") }

        let answered = try await attempts
        #expect(answered.allSatisfy { (try? $0.outcome.get()) != nil })
        let statistics = await store.groupCommitStatistics()
        #expect(statistics.appends == 64)
        #expect(statistics.transactions <= 2)
        #expect(statistics.largestGroup >= 32)
        #expect(try await store.everything().count == 64)
    }

    /// Measures rather than checks: run with BAEDAL_BENCHMARKS=1 to see group commit against
    /// one transaction per append at 64 appenders, with full durability.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["BAEDAL_BENCHMARKS"] != nil))
    func groupCommitOutrunsOneTransactionPerAppend() async throws {
        func appendsPerSecond(_ options: SQLiteEventStore.Options) async throws -> Double {
            let store = try makeStore(options)
            let clock = ContinuousClock()
            let elapsed = try await clock.measure {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for appender in 0..<64 {
                        group.addTask {
                            for _ in 0..<20 {
                                _ = try await store.append(Sample.append(StreamID("order-\(appender)"), .any, Sample.events(1)))
                            }
                        }
                    }
                    try await group.waitForAll()
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let statistics = await store.groupCommitStatistics()
            print(
                "maximumGroupSize \(options.maximumGroupSize): \(statistics.transactions) transactions, largest group \(statistics.largestGroup), \(seconds) s"
            )
            return Double(64 * 20) / seconds
        }
        let grouped = try await appendsPerSecond(.init())
        let single = try await appendsPerSecond(.init(maximumGroupSize: 1))
        print("64 appenders, synchronous=FULL: group commit \(Int(grouped)) appends/s, one transaction per append \(Int(single)) appends/s")
        #expect(grouped > 2 * single)
    }
}

/// What a caller is told must be what happened, whatever happens to the caller meanwhile.
@Suite("Group commit and its callers")
final class GroupCommitCallerTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// A caller cancelled while its append waits for the write lock is still told the append
    /// succeeded, and it did: telling it "failed" would make a retry write the order twice.
    @Test(.timeLimit(.minutes(1)))
    func aCancelledCallerLearnsItsAppendIsDurable() async throws {
        let path = directory.path("cancelled.sqlite")
        let (store, blocker) = try WriteLockHolder.storeWithLockHeld(at: path)

        let request = Sample.append("order-1", .noStream, Sample.events(2))
        let caller = Task { try await store.append(request) }
        while await store.groupCommitStatistics().committing != 1 { await Task.yield() }
        caller.cancel()
        try blocker.inDatabase { try $0.execute(sql: "COMMIT") }

        let result = try await caller.value
        #expect(result.streamVersion == 2)
        #expect(try await store.readStream("order-1", fromVersion: 1).map(\.eventID) == request.events.map(\.eventID))
    }

    /// Alone in its transaction, a refused append writes nothing (it is decided before it
    /// writes): nothing of it is stored, and the next append commits as usual.
    @Test func aLoneRefusedAppendLeavesNothingBehind() async throws {
        let store = try SQLiteEventStore(path: directory.path("lone.sqlite"))
        let first = Sample.append("order-1", .noStream, Sample.events(1))
        _ = try await store.append(first)

        await #expect(throws: EventStoreError.wrongExpectedVersion(stream: "order-1", expected: .noStream, actual: 1)) {
            try await store.append(Sample.append("order-1", .noStream, Sample.events(3)))
        }
        let reusing = Sample.append("order-2", .any, first.events + Sample.events(1))
        await #expect(throws: EventStoreError.eventIDReused(first.events[0].eventID)) {
            try await store.append(reusing)
        }
        let next = Sample.append("order-1", .exactly(1), Sample.events(1))
        #expect(try await store.append(next).streamVersion == 2)
        #expect(try await store.everything().map(\.eventID) == (first.events + next.events).map(\.eventID))
        let statistics = await store.groupCommitStatistics()
        #expect(statistics.transactions == 4 && statistics.appends == 4)
    }
}

/// Another connection holding the file's write lock, so appends queue behind it until it lets go.
enum WriteLockHolder {
    static func storeWithLockHeld(at path: String) throws -> (SQLiteEventStore, DatabaseQueue) {
        let store = try SQLiteEventStore(path: path, configuration: .init(busyTimeout: .seconds(50)))
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let blocker = try DatabaseQueue(path: path, configuration: configuration)
        try blocker.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        return (store, blocker)
    }
}
