import Foundation
import GRDB
import Testing

@testable import EventStore

/// A write that finds another process's write lock taken looks again every half millisecond,
/// not after one of SQLite's growing sleeps (1, 2, 5 … 100 ms): when a change wakes several
/// processes, their sessions' read models catch up under that lock at once, and each wasted
/// sleep was time before the change showed.
@Suite("SQLite store's wait for the write lock")
final class BusyWaitTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func theStoreWaitsForTheLockInItsOwnShortSteps() {
        guard case .callback = SQLiteEventStore.Options().poolConfiguration.busyMode else {
            Issue.record("the store waits with SQLite's own busy timeout, which sleeps up to 100 ms between looks")
            return
        }
        #expect(SQLiteEventStore.Options.busyRetryPause <= 1_000, "looks again within a millisecond")
    }

    /// A fake clock, in nanoseconds, that only the test moves.
    final class StoppedClock: @unchecked Sendable {
        var nanoseconds: UInt64 = 1_000_000_000
    }

    @Test func theWaitEndsWhenItsTimeIsUpHoweverFewItsLooks() {
        let clock = StoppedClock()
        let wait = SQLiteEventStore.Options.busyWait(upTo: 0.010, now: { clock.nanoseconds })
        #expect(wait(0))
        clock.nanoseconds += 9_000_000
        #expect(wait(1))
        clock.nanoseconds += 1_000_000  // 10 ms after the wait began, on its second look
        #expect(!wait(2))
    }

    @Test func aSlowMachineLooksMoreOftenInsteadOfWaitingLonger() {
        // A look every half millisecond: 10 ms is 20 looks, but when time stands still (sleeps
        // that return at once) the wait goes on looking; when sleeps overrun, it looks fewer times.
        let clock = StoppedClock()
        let wait = SQLiteEventStore.Options.busyWait(upTo: 0.010, now: { clock.nanoseconds })
        #expect((0..<100).allSatisfy { wait($0) })
        clock.nanoseconds += 10_000_000
        #expect(!wait(100))
        #expect(wait(0), "a new wait starts its own time")
    }

    @Test func aWriteStillGivesUpAtTheBusyTimeout() async throws {
        let path = directory.path("timeout.sqlite")
        let store = try SQLiteEventStore(path: path, configuration: .init(busyTimeout: .milliseconds(50)))
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let blocker = try DatabaseQueue(path: path, configuration: configuration)
        try blocker.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? blocker.inDatabase { try $0.execute(sql: "ROLLBACK") } }
        let clock = ContinuousClock()
        let started = clock.now
        await #expect(throws: (any Error).self) {
            try await store.append(Sample.append("order-1", .noStream, Sample.events(1)))
        }
        #expect(clock.now - started >= .milliseconds(50))
        // The wait ends by time (`busyWait`), so it overruns by one pause and the scheduler's
        // delay in returning; a loaded CI machine has stalled whole processes for seconds.
        #expect(clock.now - started < .seconds(10))
    }
}
