import GRDB

/// Saved carts in the database file, in `engine_saved_carts` (``SavedCartRecord``): one
/// statement each, so a save and a delete never interleave.
extension SQLiteSharedState {
    public func savedCart(of account: String) async throws -> String? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT cart FROM engine_saved_carts WHERE account_id = ?", arguments: [account])
        }
    }

    public func saveCart(_ cart: String, of account: String, savedAt: Double) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO engine_saved_carts(account_id, cart, saved_at) VALUES (?, ?, ?)
                    ON CONFLICT(account_id) DO UPDATE SET cart = excluded.cart, saved_at = excluded.saved_at
                    """, arguments: [account, cart, savedAt])
        }
    }

    public func deleteSavedCart(of account: String, ifStill: String?) async throws {
        try await pool.write { db in
            if let ifStill {
                try db.execute(
                    sql: "DELETE FROM engine_saved_carts WHERE account_id = ? AND cart = ?", arguments: [account, ifStill])
            } else {
                try db.execute(sql: "DELETE FROM engine_saved_carts WHERE account_id = ?", arguments: [account])
            }
        }
    }
}
