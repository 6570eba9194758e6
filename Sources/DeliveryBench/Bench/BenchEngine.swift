import DeliveryEngine
import EventStore

/// Opens and closes engines the same way in every section, so they differ only in the log.
enum BenchEngine {
    /// The fast hasher: sign-ups are setup here, and scrypt at production cost would only
    /// add noise to a benchmark of ordering.
    static func open(_ path: String, plan: BenchPlan) async throws -> DeliveryEngine {
        try await DeliveryEngine.open(
            path: path,
            options: DeliveryEngine.Options(
                hasher: .fastForTests, synchronous: plan.synchronous))
    }

    /// Closes the file now rather than whenever the last reference goes, so the next open
    /// (and the file's removal) never races a connection still checkpointing the WAL.
    static func close(_ engine: DeliveryEngine) throws {
        try engine.pool.close()
    }
}
