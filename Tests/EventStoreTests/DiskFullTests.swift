import EventStore
import Foundation
import GRDB
import Testing

/// A full disk is told as such: what was refused, that nothing of it was written, that what
/// was acknowledged before is kept, and what to do. Never "SQLite error 13".
@Suite("A full disk is reported in words")
final class DiskFullTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// Caps the file at its current size plus `spare` pages on the writer connection, which is
    /// the one every append uses: SQLite then answers SQLITE_FULL as on a full disk.
    static func capSize(of store: SQLiteEventStore, sparePages: Int) async throws {
        try await store.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages + sparePages)")
        }
    }

    static func bigEvents(_ count: Int) -> [NewEvent] {
        (0..<count).map { _ in
            NewEvent(
                eventID: UUID(), type: "OrderPlaced", schemaVersion: 1,
                payload: Data(repeating: 0x41, count: 64 * 1024), metadata: .init())
        }
    }

    @Test func anAppendOnAFullDiskIsRefusedInWordsAndLeavesNoTrace() async throws {
        let path = directory.path("events.sqlite")
        let store = try SQLiteEventStore(path: path)
        let kept = try await store.append(Sample.append("order-1", .noStream, Sample.events(3)))
        try await Self.capSize(of: store, sparePages: 2)

        let error = await #expect(throws: EventStoreError.self) {
            try await store.append(Sample.append("order-2", .noStream, Self.bigEvents(4)))
        }
        #expect(error == .diskFull(path: path))
        let message = "\(error.map { "\($0)" } ?? "")"
        #expect(message.contains("is full"))
        #expect(message.contains("nothing of it was written"))
        #expect(message.contains("Everything saved before is kept"))
        #expect(message.contains("Free some space"))
        #expect(!message.contains("SQLite error"))

        #expect(try await store.readStream("order-2", fromVersion: 1).isEmpty)
        #expect(try await store.readStream("order-1", fromVersion: 1).count == 3)
        #expect(try await store.headPosition() == kept.lastPosition)
    }

    @Test func appendsTogetherOnAFullDiskAreRefusedWhole() async throws {
        let path = directory.path("events.sqlite")
        let store = try SQLiteEventStore(path: path)
        try await Self.capSize(of: store, sparePages: 2)
        await #expect(throws: EventStoreError.diskFull(path: path)) {
            try await store.appendAll([
                Sample.append("order-1", .noStream, Self.bigEvents(2)),
                Sample.append("order-2", .noStream, Self.bigEvents(2)),
            ])
        }
        #expect(try await store.headPosition() == 0)
    }
}
