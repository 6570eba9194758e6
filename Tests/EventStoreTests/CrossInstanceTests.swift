import EventStore
import Foundation
import Testing

/// Two stores on one file stand for two baedal processes: separate pools, separate connections,
/// coordinated only by SQLite's file lock.
@Suite("Two SQLite stores on one file")
final class CrossInstanceTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func racingForTheSameVersionHasExactlyOneWinnerEveryRound() async throws {
        let path = directory.path("shared.sqlite")
        let left = try SQLiteEventStore(path: path)
        let right = try SQLiteEventStore(path: path)
        var winners: [UUID] = []

        for round in 0..<100 {
            let leftEvent = Sample.event("CourierAssigned", payload: #"{"courier":"left"}"#)
            let rightEvent = Sample.event("CourierAssigned", payload: #"{"courier":"right"}"#)
            async let leftAttempt = ConcurrentAppends.run([Sample.append("order-1", .exactly(round), [leftEvent])], on: left)
            async let rightAttempt = ConcurrentAppends.run([Sample.append("order-1", .exactly(round), [rightEvent])], on: right)
            let attempts = try await leftAttempt + rightAttempt

            let won = attempts.filter { (try? $0.outcome.get()) != nil }
            try #require(won.count == 1, "round \(round): \(won.count) winners")
            let lost = attempts.filter { (try? $0.outcome.get()) == nil }
            #expect(try won[0].outcome.get().streamVersion == round + 1)
            #expect(lost[0].outcome == .failure(.wrongExpectedVersion(stream: "order-1", expected: .exactly(round), actual: round + 1)))
            winners.append(won[0].request.events[0].eventID)
        }

        for store in [left, right] {
            let stored = try await store.readStream("order-1", fromVersion: 1)
            #expect(stored.map(\.streamVersion) == Array(1...100))
            #expect(stored.map(\.eventID) == winners)
            #expect(try await store.headPosition() == stored.last?.position)
        }
    }

    @Test func concurrentAppendsFromBothStoresInterleaveWithoutLossOrDuplicates() async throws {
        let path = directory.path("shared.sqlite")
        let left = try SQLiteEventStore(path: path)
        let right = try SQLiteEventStore(path: path)
        let leftRequests = (0..<32).map { _ in Sample.append("dispatch", .any, Sample.events(2)) }
        let rightRequests = (0..<32).map { _ in Sample.append("dispatch", .any, Sample.events(2)) }

        async let leftAttempts = ConcurrentAppends.run(leftRequests, on: left)
        async let rightAttempts = ConcurrentAppends.run(rightRequests, on: right)
        let attempts = try await leftAttempts + rightAttempts

        let stored = try await left.readStream("dispatch", fromVersion: 1)
        #expect(stored.map(\.streamVersion) == Array(1...128))
        #expect(Set(stored.map(\.position)).count == 128)
        let byVersion = Dictionary(uniqueKeysWithValues: stored.map { ($0.streamVersion, $0.eventID) })
        for attempt in attempts {
            let result = try attempt.outcome.get()
            let own = [result.streamVersion - 1, result.streamVersion].compactMap { byVersion[$0] }
            #expect(own == attempt.request.events.map(\.eventID))
        }
    }
}
