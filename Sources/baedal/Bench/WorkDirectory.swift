import EventStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the benchmark's databases live while it runs. A directory it created itself is a
/// private ``ScratchDirectory``, removed afterwards or on SIGINT/SIGTERM; one the user named is
/// kept (created 0700 if missing), and only the files put in it are removed.
struct WorkDirectory {
    let url: URL
    private let scratch: ScratchDirectory?

    init(requested: String?) throws {
        if let requested {
            url = URL(fileURLWithPath: requested, isDirectory: true)
            scratch = nil
            try PrivateFiles.createDirectory(url)
        } else {
            let scratch = try ScratchDirectory(prefix: "baedal-bench")
            url = scratch.url
            self.scratch = scratch
        }
    }

    func remove() {
        scratch?.remove()
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
