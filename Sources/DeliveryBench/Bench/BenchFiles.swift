import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// The benchmark's own handling of its database files, in whatever directory it was given.
/// (Removing one is `PrivateFiles.removeDatabase`, which takes its wake file too.)
enum BenchFiles {
    /// Writes every dirty page of every file out before a measurement starts. On ext4 an
    /// fsync that grows the WAL commits the journal, and must first write out whatever data
    /// earlier steps left dirty (a freshly written history, a checkpointed projection), so
    /// without this the setup's writeback would be billed to the commands measured next.
    static func flushEarlierWrites() {
        sync()
    }

}
