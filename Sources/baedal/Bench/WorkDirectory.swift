import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the benchmark's databases live while it runs. A directory it created itself is
/// removed afterwards; one the user named is kept, and only the files put in it are removed.
struct WorkDirectory {
    let url: URL
    private let createdHere: Bool

    init(requested: String?) throws {
        if let requested {
            url = URL(fileURLWithPath: requested, isDirectory: true)
            createdHere = false
        } else {
            url = FileManager.default.temporaryDirectory
                .appendingPathComponent("baedal-bench-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))",
                                        isDirectory: true)
            createdHere = true
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        if createdHere { try? FileManager.default.removeItem(at: url) }
    }

    /// Writes every dirty page of every file out before a measurement starts. On ext4 an
    /// fsync that grows the WAL commits the journal, and must first write out whatever data
    /// earlier steps left dirty (a freshly written history, a checkpointed projection), so
    /// without this the setup's writeback would be billed to the commands measured next.
    static func flushEarlierWrites() {
        sync()
    }

    /// An SQLite database in WAL mode is up to three files.
    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
