import GRDB

/// The versions of the streams one write transaction has read or written, so that a group of
/// appends reads each stream's version once.
///
/// Placements carry conditions on the same few streams (the store, its admission setting, a
/// stock shard), so a group of 256 used to look up those versions 512 times. The transaction
/// holds the database's write lock from its first statement: nothing but its own inserts can
/// move a version, and every insert records the version it moved to here.
struct StreamVersions {
    private var known: [StreamID: Int] = [:]

    /// The stream's version as this transaction stands.
    mutating func version(of stream: StreamID, in db: Database) throws -> Int {
        if let version = known[stream] { return version }
        let version = try StreamAppend.currentVersion(of: stream, in: db)
        known[stream] = version
        return version
    }

    /// This transaction appended to `stream`, up to `version`.
    mutating func moved(_ stream: StreamID, to version: Int) {
        known[stream] = version
    }
}
