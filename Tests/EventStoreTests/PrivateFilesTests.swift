import EventStore
import Foundation
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// A database holds password hashes and order histories: only its owner may read it, whatever
/// the umask of the process that created it.
@Suite("Database files are private", .serialized)
final class PrivateFilesTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// The permission bits of the file at `path`, or nil when there is none.
    static func mode(_ path: String) -> mode_t? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & 0o777
    }

    /// Runs `body` with a permissive umask, restoring the previous one afterwards.
    static func withUmask<T>(_ mask: mode_t, _ body: () async throws -> T) async rethrows -> T {
        let previous = umask(mask)
        defer { umask(previous) }
        return try await body()
    }

    @Test(arguments: [mode_t(0o022), mode_t(0o000), mode_t(0o277)])
    func newDatabaseFolderIs0700AndItsFiles0600(mask: mode_t) async throws {
        let path = directory.path("umask-\(mask)/nested/events.sqlite")
        // Kept open, so that its -wal and -shm files exist while their modes are checked.
        let store = try await Self.withUmask(mask) {
            let store = try SQLiteEventStore(path: path)
            _ = try await store.append(Sample.append("order-1", .noStream, Sample.events(2)))
            return store
        }
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(FileManager.default.fileExists(atPath: path + "-shm"))
        #expect(store.path == path)
        #expect(Self.mode(directory.path("umask-\(mask)")) == 0o700)
        #expect(Self.mode(directory.path("umask-\(mask)/nested")) == 0o700)
        for suffix in ["", "-wal", "-shm"] {
            #expect(Self.mode(path + suffix) == 0o600, "\(suffix.isEmpty ? "database" : suffix) file")
        }
    }

    @Test func anExistingLooserDatabaseOfOursIsNarrowedOnOpen() async throws {
        let path = directory.path("events.sqlite")
        let first = try SQLiteEventStore(path: path)
        _ = try await first.append(Sample.append("order-1", .noStream, Sample.events(1)))
        for suffix in ["", "-wal", "-shm"] { chmod(path + suffix, 0o644) }
        let second = try SQLiteEventStore(path: path)
        #expect(second.path == first.path)
        for suffix in ["", "-wal", "-shm"] {
            #expect(Self.mode(path + suffix) == 0o600, "\(suffix.isEmpty ? "database" : suffix) file")
        }
    }

    @Test func removingADatabaseTakesEveryFileBesideIt() async throws {
        let path = directory.path("scratch.sqlite")
        do {
            let store = try SQLiteEventStore(path: path)
            _ = try await store.append(Sample.append("order-1", .noStream, Sample.events(1)))
        }
        // The wake file is what a bench's scratch folder kept after its databases went.
        #expect(FileManager.default.fileExists(atPath: path + ChangeSignal.suffix))
        PrivateFiles.removeDatabase(at: path)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(left.filter { $0.hasPrefix("scratch.sqlite") }.isEmpty, "left behind: \(left)")
    }

    @Test func anExistingFolderIsLeftAsItIs() throws {
        chmod(directory.url.path, 0o755)
        _ = try SQLiteEventStore(path: directory.path("events.sqlite"))
        #expect(Self.mode(directory.url.path) == 0o755)
    }

    @Test func scratchFoldersArePrivateAndUnpredictable() async throws {
        let (first, second) = try await Self.withUmask(0) {
            (
                try PrivateFiles.makeScratchDirectory(prefix: "baedal-test"),
                try PrivateFiles.makeScratchDirectory(prefix: "baedal-test")
            )
        }
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        #expect(first != second)
        #expect(first.lastPathComponent.hasPrefix("baedal-test-\(getpid())-"))
        #expect(Self.mode(first.path) == 0o700)
    }

    /// A process killed before it could clean up leaves its scratch folder; the next one with the
    /// same prefix removes it, and nothing else.
    @Test func aKilledProcessScratchFolderIsRemovedByTheNext() throws {
        let base = directory.url
        let gone = try Self.goneProcessID()
        let fileManager = FileManager.default
        func folder(_ name: String) throws -> String {
            let path = base.appendingPathComponent(name).path
            try fileManager.createDirectory(atPath: path, withIntermediateDirectories: false)
            return path
        }
        let abandoned = try folder("baedal-test-\(gone)-a1b2c3")
        #expect(fileManager.createFile(atPath: abandoned + "/demo.sqlite", contents: Data("orders".utf8)))
        let running = try folder("baedal-test-\(getpid())-d4e5f6")
        let otherPrefix = try folder("baedal-other-\(gone)-g7h8i9")
        let notAScratchName = try folder("baedal-test-kept")
        let target = try folder("elsewhere")
        let link = base.appendingPathComponent("baedal-test-\(gone)-link").path
        try fileManager.createSymbolicLink(atPath: link, withDestinationPath: target)
        let halfRemoved = try folder("baedal-test-\(gone)-j1k2l3-removing")
        let file = base.appendingPathComponent("baedal-test-\(gone)-file").path
        #expect(fileManager.createFile(atPath: file, contents: Data()))

        let made = try PrivateFiles.makeScratchDirectory(prefix: "baedal-test", under: base)

        #expect(!fileManager.fileExists(atPath: abandoned))
        #expect(!fileManager.fileExists(atPath: halfRemoved))
        for kept in [running, otherPrefix, notAScratchName, target, link, file, made.path] {
            #expect(fileManager.fileExists(atPath: kept), "\(kept) was removed")
        }
    }

    /// The id of a process that has ended: one just started and waited for.
    static func goneProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        let pid = process.processIdentifier
        try #require(kill(pid, 0) != 0 && errno == ESRCH, "pid \(pid) was reused at once")
        return pid
    }

    /// Removed by renaming it first, so nothing is left under either name.
    @Test func aScratchFolderIsRemovedWithWhatItHolds() throws {
        let made = try PrivateFiles.makeScratchDirectory(prefix: "baedal-test", under: directory.url)
        #expect(FileManager.default.createFile(atPath: made.appendingPathComponent("drill.sqlite").path, contents: Data("x".utf8)))
        PrivateFiles.removeScratchDirectory(made)
        #expect(!FileManager.default.fileExists(atPath: made.path))
        #expect(!FileManager.default.fileExists(atPath: made.path + "-removing"))
    }
}
