import GRDB

/// A long catch-up (a rebuild, a process far behind) keeps more of the database in memory on
/// the writer, and gives it back when it ends.
///
/// SQLite keeps 2 MiB of pages per connection by default, far less than one 16,384-event batch
/// touches in the read models' tables and indexes, so each batch spilled dirty pages to the WAL
/// and read evicted ones back: a rebuild of 1 M events on open made 2.9 M page writes and 755 k
/// page reads (`strace -c`) and ran at 78 k events/s, where `baedal replay`'s scratch file, with
/// a 128 MiB cache, ran at 150 k. The memory is taken only as pages are touched, and setting the
/// old size back frees what is over it, so an everyday session never holds it.
struct LongCatchUpCache {
    /// The writer's page cache during a long catch-up, as SQLite's `cache_size` in KiB.
    static let kibibytes = 131_072

    let pool: any DatabaseWriter
    /// The writer's `cache_size` before it was widened; nil until then.
    private(set) var previous: Int?

    init(pool: any DatabaseWriter) {
        self.pool = pool
    }

    /// Widens the writer's cache, once.
    mutating func widen() async throws {
        guard previous == nil else { return }
        previous = try await pool.write { db in
            let previous = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -\(Self.kibibytes)")
            return previous
        }
    }

    /// Sets the writer's cache back, if it was widened. A failure here leaves only a larger
    /// cache behind, so it is not worth failing the catch-up that has already succeeded.
    mutating func restore() async {
        guard let previous else { return }
        self.previous = nil
        try? await pool.write { db in try db.execute(sql: "PRAGMA cache_size = \(previous)") }
    }
}
