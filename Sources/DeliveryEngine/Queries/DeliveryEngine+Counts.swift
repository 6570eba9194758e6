import GRDB

extension DeliveryEngine {
    /// How many orders the read models hold: what a drill compares with the orders it was told
    /// were accepted, so that an order in the log no customer heard of counts as lost.
    public func orderCount() async throws(DeliveryError) -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rm_orders") ?? 0 }
    }

    /// The log position the read models have taken in (the rest is caught up on the next read).
    public func readModelsPosition() async throws -> Int64 { try await projector.checkpoint() }

    /// Closes the read models' database now rather than whenever the last reference goes, so
    /// that removing its file (a bench's, a drill's) never races a connection still open. The
    /// engine is not used after this.
    public func closeReadModels() throws { try local.pool.close() }
}
