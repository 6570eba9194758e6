import EventStore
import Foundation
import GRDB
import Testing

/// Opening a file: baedal makes new files its own, and refuses, untouched, anything else.
@Suite("SQLite store checks the file it opens")
final class SQLiteFileIdentityTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func newFileIsCreatedWithItsFoldersAndStampedAsBaedal() async throws {
        let path = directory.path("nested/deeper/events.sqlite")
        let store = try SQLiteEventStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(store.path == path)
        let (applicationID, userVersion, journalMode) = try await store.pool.read { db in
            (
                try Int.fetchOne(db, sql: "PRAGMA application_id"),
                try Int.fetchOne(db, sql: "PRAGMA user_version"),
                try String.fetchOne(db, sql: "PRAGMA journal_mode")
            )
        }
        #expect(applicationID == 0x6261_6564)
        #expect(userVersion == 1)
        #expect(journalMode == "wal")
    }

    @Test func reopeningKeepsTheLog() async throws {
        let path = directory.path("events.sqlite")
        let events = Sample.events(3)
        let result = try await SQLiteEventStore(path: path).append(Sample.append("order-1", .noStream, events))
        let reopened = try SQLiteEventStore(path: path)
        #expect(try await reopened.readStream("order-1", fromVersion: 1).map(\.eventID) == events.map(\.eventID))
        #expect(try await reopened.headPosition() == result.lastPosition)
    }

    @Test func emptyExistingFileBecomesALog() async throws {
        let path = directory.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try SQLiteEventStore(path: path)
        #expect(try await store.append(Sample.append("order-1", .noStream, Sample.events(1))).streamVersion == 1)
    }

    @Test func durabilityFollowsTheOptions() async throws {
        let full = try SQLiteEventStore(path: directory.path("full.sqlite"))
        let normal = try SQLiteEventStore(path: directory.path("normal.sqlite"), configuration: .init(synchronous: .normal))
        // PRAGMA synchronous: 1 = NORMAL, 2 = FULL. What counts is the writer connection.
        #expect(try await full.pool.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
        #expect(try await normal.pool.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 1)
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws {
        let path = directory.path("recipes.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('kimchi')")
            }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        #expect(throws: EventStoreError.notABaedalDatabase(path: path)) {
            try SQLiteEventStore(path: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "refusing must not switch the file to WAL mode")
    }

    @Test func databaseStampedByAnotherApplicationIsRefused() throws {
        let path = directory.path("other-app.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: "PRAGMA application_id = 42") }
        }
        #expect(throws: EventStoreError.notABaedalDatabase(path: path)) {
            try SQLiteEventStore(path: path)
        }
    }

    @Test(arguments: [
        ("random.bin", TestBytes.pseudoRandom(count: 8_192, seed: 7)),
        ("short.txt", Data("hello, this is not a database\n".utf8)),
        ("page-of-noise.bin", TestBytes.pseudoRandom(count: 100, seed: 99)),
    ])
    func fileThatIsNotSQLiteIsRefusedAndLeftUntouched(name: String, contents: Data) throws {
        let path = directory.path(name)
        try contents.write(to: URL(fileURLWithPath: path))

        let error = try #require(throws: EventStoreError.self) {
            try SQLiteEventStore(path: path)
        }
        #expect(error == .notABaedalDatabase(path: path))
        #expect(error.description.contains("is not a baedal database"))
        #expect(error.description.contains(path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == contents)
    }

    @Test func logFromANewerBaedalIsRefused() async throws {
        let path = directory.path("future.sqlite")
        _ = try await SQLiteEventStore(path: path).append(Sample.append("order-1", .noStream, Sample.events(1)))
        do {
            let queue = try DatabaseQueue(path: path)
            try await queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
        }

        let error = try #require(throws: EventStoreError.self) {
            try SQLiteEventStore(path: path)
        }
        #expect(error == .newerSchema(path: path, found: 99, supported: 1))
        #expect(
            error.description == "'\(path)' was written by a newer baedal (schema 99; this build reads up to 1). "
                + "Upgrade baedal or point --db at another file.")
    }

    @Test func directoryInPlaceOfTheFileIsUnreadable() throws {
        let path = directory.path("a-folder")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let error = try #require(throws: EventStoreError.self) {
            try SQLiteEventStore(path: path)
        }
        guard case .unreadable(let reportedPath, _) = error else {
            Issue.record("expected .unreadable, got \(error)")
            return
        }
        #expect(reportedPath == path)
    }
}

/// Bytes that look random but are the same on every run.
enum TestBytes {
    static func pseudoRandom(count: Int, seed: UInt64) -> Data {
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        return Data(
            (0..<count).map { _ in
                // xorshift64*: plenty for "not an SQLite header".
                state ^= state >> 12
                state ^= state << 25
                state ^= state >> 27
                return UInt8(truncatingIfNeeded: (state &* 0x2545_F491_4F6C_DD1D) >> 56)
            })
    }
}
