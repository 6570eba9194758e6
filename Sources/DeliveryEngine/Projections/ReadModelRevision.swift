import GRDB

/// A number the projector moves on in the same transaction as every row it writes to one read
/// model, kept in `rm_meta` beside the read models' schema version. A reader that keeps
/// something made from that read model (``KeptByRevision``) learns from this one row whether it
/// still holds, whichever process wrote the rows. It only grows: `rm_meta` outlives a rebuild,
/// which writes the rows and moves it on again, so a revision never comes back with other rows
/// behind it.
struct ReadModelRevision: Sendable {
    /// Its `rm_meta` key.
    let key: String

    /// Moved on with every write to `rm_menu`: an owner's edit, a dish sold out.
    static let menus = ReadModelRevision(key: "menu_revision")
    /// Moved on with every write to `rm_stores`: a store registered, paused or reopened, a
    /// review counted.
    static let stores = ReadModelRevision(key: "store_revision")
    /// Moved on with every password changed or reset. No read model holds passwords: this
    /// number is how each session's pulse learns, with no read of its own, that a password
    /// changed somewhere, and so whether to ask if it was its own (``SessionPulse``).
    static let passwords = ReadModelRevision(key: "password_revision")

    func current(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM rm_meta WHERE key = ?"), arguments: [key]) ?? 0
    }

    func moveOn(_ db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO rm_meta(key, value) VALUES (?, 1)
                ON CONFLICT(key) DO UPDATE SET value = value + 1
                """
        ).execute(arguments: [key])
    }
}
