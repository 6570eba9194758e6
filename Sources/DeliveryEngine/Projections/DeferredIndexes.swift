import GRDB

/// A rebuild replays the log into read models without their secondary indexes and builds each
/// index once at the end.
///
/// The projector writes rows by primary key only; the secondary indexes serve screens and
/// workers. Kept up during a rebuild, the indexes keyed by customer, account or store (a
/// notification's account, an order's customer) take inserts all over their pages, so every
/// 16,384-event batch rewrote most of those pages through the WAL and the checkpoint: a rebuild
/// of 1 M events on open made 2.9 M page writes and ran at 78–89 k events/s. Without them it
/// ran at 127–161 k, and building each index from the finished table is one sorted pass.
///
/// While they are away, `rm_meta` says so (`indexes_deferred`), in the same transaction as the
/// drop: the shape check then does not take their absence for damage, and a process that finds
/// the mark (a rebuild killed before the end) builds them at its next catch-up.
enum DeferredIndexes {
    /// A rebuild of fewer events than this keeps its indexes: it takes well under a second
    /// either way, and the screens of other processes keep their indexes meanwhile.
    static let smallestRebuild: Int64 = 50_000

    private static let mark = "indexes_deferred"

    /// Each secondary index of the read models, by name, with the statement that creates it.
    static let secondary: [(name: String, sql: String)] = ReadModelSchema.expectedShape
        .filter { $0.key.hasPrefix("index ") }
        .map { (name: String($0.key.dropFirst("index ".count)), sql: $0.value) }
        .sorted { $0.name < $1.name }

    /// True for a shape key (``ReadModelSchema/shape(_:)``) that names a secondary index.
    static func isSecondary(shapeKey key: String) -> Bool {
        secondary.contains { "index \($0.name)" == key }
    }

    /// True while the mark is there. A file whose `rm_meta` is gone has no mark: its shape check
    /// then finds whatever is missing, as before.
    static func areDeferred(_ db: Database) throws -> Bool {
        guard try db.tableExists("rm_meta") else { return false }
        return try Int.fetchOne(db, sql: "SELECT value FROM rm_meta WHERE key = ?", arguments: [mark]) != nil
    }

    /// Drops the secondary indexes and marks them owed, in the caller's transaction.
    static func drop(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO rm_meta(key, value) VALUES (?, 1)", arguments: [mark])
        for index in secondary { try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)") }
    }

    /// Builds every secondary index that is missing and clears the mark, in the caller's
    /// transaction.
    static func build(_ db: Database) throws {
        for index in secondary {
            let exists =
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", arguments: [index.name]) ?? false
            if !exists { try db.execute(sql: index.sql) }
        }
        try db.execute(sql: "DELETE FROM rm_meta WHERE key = ?", arguments: [mark])
    }
}
