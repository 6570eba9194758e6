import EventStore
import Foundation
import Logging
import PostgresNIO
import Synchronization
import Testing

@testable import PostgresEventStore

/// The PostgreSQL server the tests may use: the one `BAEDAL_TEST_POSTGRES_URL` names.
///
/// `scripts/with-postgres` (which `scripts/test` and CI use) starts a private server and sets the
/// variable. Without it the PostgreSQL suites are skipped, and say so with ``skipNote``.
enum PostgresTestServer {
    static let urlText = ProcessInfo.processInfo.environment["BAEDAL_TEST_POSTGRES_URL"] ?? ""
    static var isConfigured: Bool { !urlText.isEmpty }
    static let skipNote: Comment = """
        BAEDAL_TEST_POSTGRES_URL is not set, so the PostgreSQL tests are skipped. \
        Run them with `scripts/with-postgres swift test` (or point the variable at a server of your own).
        """

    /// Runs `body` with a scratch area: every schema it hands out is fresh, and every store and
    /// schema is closed and dropped afterwards, however `body` ends.
    static func withScratch<T>(_ body: (Scratch) async throws -> T) async throws -> T {
        let scratch = Scratch(base: try PostgresURL(parsing: urlText))
        do {
            let result = try await body(scratch)
            try await scratch.cleanUp()
            return result
        } catch {
            try? await scratch.cleanUp()
            throw error
        }
    }

    final class Scratch: Sendable {
        let base: PostgresURL
        private let stores = Mutex<[PostgresEventStore]>([])
        private let schemas = Mutex<[String]>([])

        init(base: PostgresURL) {
            self.base = base
        }

        /// The server's URL with a schema of its own, not yet created.
        func freshURL() -> PostgresURL {
            var url = base
            url.schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            schemas.withLock { $0.append(url.schema) }
            return url
        }

        /// A store on a fresh, empty schema.
        func makeStore() async throws -> PostgresEventStore {
            try await openStore(freshURL())
        }

        /// Another store on the given URL, closed with the rest.
        func openStore(_ url: PostgresURL, options: PostgresEventStore.Options = .init()) async throws -> PostgresEventStore {
            let store = try await PostgresEventStore.connect(to: url, options: options)
            stores.withLock { $0.append(store) }
            return store
        }

        /// Runs SQL statements as the test's user, in `url`'s schema (creating it first).
        func execute(_ statements: [String], in url: PostgresURL) async throws {
            let connection = try await PostgresConnection.connect(
                configuration: ConnectionSettings.connection(url, options: .init()), id: 1, logger: PostgresEventStore.quietLogger)
            do {
                try await connection.query(
                    PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(url.schema)\""), logger: PostgresEventStore.quietLogger)
                for statement in statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: PostgresEventStore.quietLogger)
                }
                try await connection.close()
            } catch {
                try? await connection.close()
                throw error
            }
        }

        func cleanUp() async throws {
            for store in stores.withLock({ $0 }) { await store.close() }
            let drops = schemas.withLock { $0 }.map { "DROP SCHEMA IF EXISTS \"\($0)\" CASCADE" }
            if !drops.isEmpty { try await execute(drops, in: base) }
        }
    }
}
