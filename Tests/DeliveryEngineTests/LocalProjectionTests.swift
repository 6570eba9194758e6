import EventStore
import Foundation
import GRDB
import TestScratch
import Testing

@testable import DeliveryEngine

/// A process's private projection of a log kept elsewhere (PostgreSQL): a cache it rebuilds
/// from the log, so nothing in it is worth waiting for the disk.
@Suite("A process's private projection")
struct LocalProjectionTests {
    @Test func itsCommitsNeverWaitForTheDisk() async throws {
        let folder = TestScratch.url("local-projection")
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = try SQLiteEventStore(path: folder.appendingPathComponent("log.sqlite").path)
        let projection = try await LocalProjection.create(log: log, changes: LogWakeUps())
        // Asked on the writer connection: `synchronous` belongs to each connection, and the
        // projection's catch-ups commit on that one. 0 is OFF (NORMAL would still fsync at every
        // WAL checkpoint, inside a catch-up a session waits for).
        let synchronous = try await projection.file.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(synchronous == 0)
        // The shared log's own file keeps every commit.
        #expect(try await log.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 2)
    }
}
