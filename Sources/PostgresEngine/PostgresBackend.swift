import DeliveryEngine
import Foundation
import PostgresEventStore

/// The engine on PostgreSQL: `--db postgres://…` (or `BAEDAL_DB`). The log and the shared state
/// live in the database; each process keeps its read models in a private projection that
/// follows the log on LISTEN/NOTIFY wake-ups (``PostgresChangeListener``).
///
///     var options = DeliveryEngine.Options()
///     options.backend = PostgresBackend()
///     let engine = try await DeliveryEngine.open(path: "postgres:///baedal?host=/run/postgresql", options: options)
public struct PostgresBackend: EngineBackend {
    public var options: PostgresEventStore.Options
    /// How often a follower catches up with no wake-up at all.
    public var safetyPoll: Duration

    public init(options: PostgresEventStore.Options = .init(), safetyPoll: Duration = .seconds(5)) {
        self.options = options
        self.safetyPoll = safetyPoll
    }

    public func accepts(_ location: String) -> Bool {
        PostgresURL.looksLikePostgresURL(location)
    }

    /// - Throws: `PostgresURLError` for a malformed URL; `PostgresEventStoreError` when the server
    ///   cannot be reached or the schema is foreign or newer.
    public func open(_ location: String) async throws -> OpenedBackend {
        let url = try PostgresURL(parsing: location)
        let store = try await PostgresEventStore.connect(to: url, options: options)
        let shared = PostgresSharedState(store: store)
        do {
            try await shared.prepare()
        } catch {
            await store.close()
            throw PostgresEventStoreError.cannotConnect(url: url.description, reason: "creating the shared tables failed: \(error)")
        }
        return OpenedBackend(
            log: store, shared: shared,
            changes: PostgresChangeListener.changes(url: url, safetyPoll: safetyPoll, options: options, appendingThrough: store))
    }
}
