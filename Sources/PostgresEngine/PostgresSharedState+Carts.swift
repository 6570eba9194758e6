import PostgresNIO

/// Saved carts in `engine_saved_carts`, as on SQLite: one statement each.
extension PostgresSharedState {
    public func savedCart(of account: String) async throws -> String? {
        var cart: String?
        for try await found in try await client.query(
            "SELECT cart FROM engine_saved_carts WHERE account_id = \(account)", logger: logger
        ).decode(String.self) { cart = found }
        return cart
    }

    public func saveCart(_ cart: String, of account: String, savedAt: Double) async throws {
        try await client.query(
            """
            INSERT INTO engine_saved_carts (account_id, cart, saved_at) VALUES (\(account), \(cart), \(savedAt))
            ON CONFLICT (account_id) DO UPDATE SET cart = excluded.cart, saved_at = excluded.saved_at
            """, logger: logger)
    }

    public func deleteSavedCart(of account: String, ifStill: String?) async throws {
        if let ifStill {
            try await client.query(
                "DELETE FROM engine_saved_carts WHERE account_id = \(account) AND cart = \(ifStill)", logger: logger)
        } else {
            try await client.query("DELETE FROM engine_saved_carts WHERE account_id = \(account)", logger: logger)
        }
    }
}
