import DeliveryEngine
import Foundation
import PostgresEventStore
import PostgresNIO

/// Where `baedal bench` makes its scratch databases: temporary SQLite files in the work
/// directory, or fresh schemas on one PostgreSQL server (`--db postgres://…`), each dropped
/// when its measurement ends. The raw baseline and the engine always get the same kind, so a
/// ratio compares two things on one disk or one server.
public enum BenchDatabase: Sendable {
    case sqlite
    /// `location`: the server's URL as given (password included); `backend` opens the engine on
    /// it (the command passes `PostgresBackend`).
    case postgres(location: String, backend: any EngineBackend)

    /// "SQLite" or "PostgreSQL", for the report.
    var name: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }

    var isPostgres: Bool {
        if case .postgres = self { return true }
        return false
    }
}

/// The scratch schemas of one run on PostgreSQL: named `bench_<run>_<part>`, so that two runs on
/// one server never share one, and dropped by ``drop(_:)`` (or left, with their names printed,
/// if the server went away).
struct PostgresScratch: Sendable {
    /// The URL as given, password included: the engine is opened from a location string.
    let baseLocation: String
    let base: PostgresURL
    let run = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(10)

    init(location: String) throws {
        baseLocation = location
        base = try PostgresURL(parsing: location)
    }

    func url(_ part: String) -> PostgresURL {
        var url = base
        url.schema = schemaName(part)
        return url
    }

    func schemaName(_ part: String) -> String { "bench_\(run)_\(part)" }

    /// The given URL with `schema=` set to the part's scratch schema, to open an engine on.
    func location(_ part: String) throws -> String {
        guard var components = URLComponents(string: baseLocation) else {
            throw BenchFailure("\(base) could not be rewritten with a scratch schema")
        }
        var items = (components.queryItems ?? []).filter { $0.name != "schema" }
        items.append(URLQueryItem(name: "schema", value: schemaName(part)))
        components.queryItems = items
        guard let location = components.string, (try? PostgresURL(parsing: location))?.schema == schemaName(part) else {
            throw BenchFailure("\(base) could not be rewritten with a scratch schema")
        }
        return location
    }

    /// Drops the schema and everything in it, through a short-lived plain pool on the server.
    func drop(_ url: PostgresURL) async throws {
        try await withPlainClient(base) { client in
            _ = try await client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \"\(url.schema)\" CASCADE"))
        }
    }

    /// The server's durability settings, as the report states them beside SQLite's `synchronous`.
    func durability() async throws -> String {
        try await withPlainClient(base) { client in
            var settings: [String] = []
            for name in ["synchronous_commit", "fsync", "commit_delay"] {
                for try await value in try await client.query(PostgresQuery(unsafeSQL: "SHOW \(name)")).decode(String.self) {
                    settings.append("\(name) = \(value)")
                }
            }
            return settings.joined(separator: ", ")
        }
    }
}

/// Runs `body` with a plain pool on `url`'s server, and ends the pool however `body` ends.
func withPlainClient<T: Sendable>(
    _ url: PostgresURL, maximumConnections: Int = 2, _ body: (PostgresClient) async throws -> T
) async throws -> T {
    let client = PostgresEventStore.makePlainClient(url, options: .init(maximumConnections: maximumConnections))
    let running = Task { await client.run() }
    defer { running.cancel() }
    return try await body(client)
}
