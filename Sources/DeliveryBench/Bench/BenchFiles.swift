import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// The benchmark's own handling of its database files, in whatever directory it was given.
enum BenchFiles {
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
