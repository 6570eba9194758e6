import EventStore
import Foundation
import GRDB
import Testing

/// A write that finds another process's write lock taken gets in as soon as the lock is free,
/// not at the end of one of SQLite's growing sleeps (1, 2, 5 … 100 ms): a session's read
/// models catch up under that lock, so each wasted sleep was time before a change showed.
@Suite("SQLite store's wait for the write lock")
final class BusyWaitTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func anAppendGetsInSoonAfterAnotherProcessLetsGoOfTheLock() async throws {
        let (store, blocker) = try WriteLockHolder.storeWithLockHeld(at: directory.path("busy.sqlite"))
        let appending = Task { try await store.append(Sample.append("order-1", .noStream, Sample.events(1))) }
        while await store.groupCommitStatistics().committing != 1 { await Task.yield() }
        // Held for a quarter of a second: SQLite's own busy handler is by then sleeping 100 ms at
        // a time (from 228 ms to 328 ms), so it would get in some 80 ms after the release.
        try await Task.sleep(for: .milliseconds(250))
        let clock = ContinuousClock()
        try blocker.inDatabase { try $0.execute(sql: "COMMIT") }
        let released = clock.now
        _ = try await appending.value
        let waited = clock.now - released
        #expect(waited < .milliseconds(40), "the append got in \(waited) after the lock was free")
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
        #expect(clock.now - started < .seconds(5))
    }
}
