import GRDB

/// A number the projector moves on in the same transaction as every menu it writes, kept in
/// `rm_meta` beside the read models' schema version. A reader that keeps something made from the
/// menus (``DishNameIndex``) learns from this one row whether it still holds, whichever process
/// wrote the menus. It only grows: `rm_meta` outlives a rebuild, which writes menus and moves it
/// on again, so a revision never comes back with other menus behind it.
enum MenuRevision {
    static func current(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM rm_meta WHERE key = 'menu_revision'")) ?? 0
    }

    static func moveOn(_ db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO rm_meta(key, value) VALUES ('menu_revision', 1)
                ON CONFLICT(key) DO UPDATE SET value = value + 1
                """
        ).execute()
    }
}
