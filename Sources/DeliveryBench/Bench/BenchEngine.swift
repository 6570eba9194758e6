import DeliveryEngine
import EventStore
import PostgresEventStore

/// Opens and closes engines the same way in every section, so they differ only in the log.
enum BenchEngine {
    /// The fast hasher: sign-ups are setup here, and scrypt at production cost would only
    /// add noise to a benchmark of ordering. `location` is a file path, or a PostgreSQL URL
    /// that `plan.database`'s backend opens.
    static func open(_ location: String, plan: BenchPlan) async throws -> DeliveryEngine {
        var options = DeliveryEngine.Options(hasher: .fastForTests, synchronous: plan.synchronous)
        if case .postgres(_, let backend) = plan.database { options.backend = backend }
        return try await DeliveryEngine.open(path: location, options: options)
    }

    /// Closes the databases now rather than whenever the last reference goes, so the next open
    /// (and the file's removal, or the schema's drop) never races a connection still working.
    static func close(_ engine: DeliveryEngine) async throws {
        try engine.closeReadModels()
        if let shared = engine.store as? PostgresEventStore { await shared.close() }
    }

    /// The log's group-commit counters: the SQLite store's own, or the PostgreSQL store's
    /// (calls of `append_events`), whichever the engine appends to.
    static func groupCommitStatistics(_ engine: DeliveryEngine) async -> GroupCommitStatistics {
        if let shared = engine.store as? PostgresEventStore { return shared.groupCommitStatistics() }
        return await (engine.store as? SQLiteEventStore)?.groupCommitStatistics() ?? GroupCommitStatistics()
    }
}
