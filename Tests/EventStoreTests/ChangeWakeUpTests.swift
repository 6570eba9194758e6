import EventStore
import Foundation
import Testing

/// The live wake-up: a commit on one store wakes a watcher opened on the same file, as a commit
/// in one process wakes sessions in the others; a refused append, which wrote nothing, does not.
@Suite("Change wake-ups")
final class ChangeWakeUpTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func anAppendByAnotherStoreWakesTheWatcher() async throws {
        let path = directory.path("shared.sqlite")
        let writer = try SQLiteEventStore(path: path)
        let watcher = try #require(ChangeWatcher(databasePath: path))
        #expect(!watcher.drain(), "nothing has happened yet")

        _ = try await writer.append(Sample.append("order-1", .noStream, [Sample.event()]))
        #expect(watcher.wait(timeout: .seconds(5)), "no wake-up within 5 s of the commit")
        #expect(!watcher.drain(), "the wake-up was drained")
    }

    @Test func aRefusedAppendWakesNobody() async throws {
        let path = directory.path("shared.sqlite")
        let writer = try SQLiteEventStore(path: path)
        _ = try await writer.append(Sample.append("order-1", .noStream, [Sample.event()]))
        let watcher = try #require(ChangeWatcher(databasePath: path))

        await #expect(throws: EventStoreError.self) {
            _ = try await writer.append(Sample.append("order-1", .noStream, [Sample.event()]))
        }
        // A real wake-up arrives within milliseconds; 200 ms of silence is the assertion.
        #expect(!watcher.wait(timeout: .milliseconds(200)))
    }

    @Test func aBurstOfCommitsDrainsAsOneWakeUp() async throws {
        let path = directory.path("shared.sqlite")
        let writer = try SQLiteEventStore(path: path)
        let watcher = try #require(ChangeWatcher(databasePath: path))
        for version in 0..<20 {
            _ = try await writer.append(Sample.append("order-1", .exactly(version), [Sample.event()]))
        }
        #expect(watcher.wait(timeout: .seconds(5)))
        #expect(!watcher.drain())
    }

    @Test func theWakeFileIsPrivateAndReplacingItKeepsTheWatch() async throws {
        let path = directory.path("shared.sqlite")
        let writer = try SQLiteEventStore(path: path)
        let watcher = try #require(ChangeWatcher(databasePath: path))
        let wakePath = ChangeSignal.path(forDatabase: path)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: wakePath)[.posixPermissions] as? Int)
        #expect(mode == 0o600)

        // An operator removes the file; the watcher sees that, and watches the new one.
        try FileManager.default.removeItem(atPath: wakePath)
        _ = watcher.wait(timeout: .seconds(1))
        let rewriter = try SQLiteEventStore(path: path)  // opens (creates) the wake file again
        _ = watcher.drain()
        _ = try await rewriter.append(Sample.append("order-2", .noStream, [Sample.event()]))
        #expect(watcher.wait(timeout: .seconds(5)), "the watch followed the new file")
        _ = writer
    }
}

/// Opening the database is not a change: a thousand sessions starting one after another must not
/// wake the ones already open (an attribute change on the wake file would).
@Suite("Opening is quiet")
final class QuietOpeningTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func anotherProcessOpeningTheDatabaseWakesNobody() async throws {
        let path = directory.path("shared.sqlite")
        let first = try SQLiteEventStore(path: path)
        let watcher = try #require(ChangeWatcher(databasePath: path))
        _ = watcher.drain()

        let second = try SQLiteEventStore(path: path)
        let otherWatcher = ChangeWatcher(databasePath: path)
        // A real wake-up arrives within milliseconds; 200 ms of silence is the assertion.
        #expect(!watcher.wait(timeout: .milliseconds(200)))
        _ = (first, second, otherWatcher)
    }
}
