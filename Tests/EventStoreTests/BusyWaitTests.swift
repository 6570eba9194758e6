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

    @Test func theStepsAddUpToTheBusyTimeout() {
        // 10 ms in steps of half a millisecond: 20 looks, then it gives up.
        let wait = SQLiteEventStore.Options.busyWait(upTo: 0.010)
        #expect((0..<20).allSatisfy { wait($0) })
        #expect(!wait(20))
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
        // The wait counts looks, not time (`busyWait`): each half-millisecond pause may overrun
        // on a loaded machine, and one CI run took 5.4 s for these 100 looks. So wall time only
        // bounds a wait that never gives up; how many looks the configured timeout allows is
        // `theStepsAddUpToTheBusyTimeout`'s to check.
        #expect(clock.now - started < .seconds(60))
    }
}
