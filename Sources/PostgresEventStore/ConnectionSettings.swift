import NIOSSL
import PostgresNIO

/// A ``PostgresURL`` as postgres-nio's configurations, for the first connection and for the pool.
///
/// Every connection starts with the log's schema as its `search_path`, so the tables and the
/// append function are found by their plain names, and at READ COMMITTED whatever the server's
/// default: `append_events` relies on each of its statements seeing what the appender before it
/// committed while it waited for the head row's lock.
enum ConnectionSettings {
    static func startupParameters(_ url: PostgresURL, writer: String? = nil) -> [(String, String)] {
        [
            ("search_path", "\"\(url.schema)\""),
            ("default_transaction_isolation", "read committed"),
            ("application_name", "baedal"),
        ] + (writer.map { [(PostgresEventLogSchema.writerSetting, $0)] } ?? [])
    }

    static func connection(_ url: PostgresURL, options: PostgresEventStore.Options) throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        switch url.endpoint {
        case let .tcp(host, port):
            configuration = .init(
                host: host, port: port, username: url.user, password: url.password, database: url.database, tls: try connectionTLS(url.tls))
        case let .unixSocket(directory, port):
            configuration = .init(
                unixSocketPath: socketPath(directory, port), username: url.user, password: url.password, database: url.database)
        }
        configuration.options.additionalStartupParameters = startupParameters(url)
        configuration.options.connectTimeout = .nanoseconds(Int64(options.connectTimeout.components.seconds) * 1_000_000_000)
        return configuration
    }

    /// - Parameter writer: the name the pool's appends give in their notifications.
    static func client(_ url: PostgresURL, options: PostgresEventStore.Options, writer: String? = nil) -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        switch url.endpoint {
        case let .tcp(host, port):
            configuration = .init(
                host: host, port: port, username: url.user, password: url.password, database: url.database, tls: clientTLS(url.tls))
        case let .unixSocket(directory, port):
            configuration = .init(
                unixSocketPath: socketPath(directory, port), username: url.user, password: url.password, database: url.database)
        }
        configuration.options.additionalStartupParameters = startupParameters(url, writer: writer)
        configuration.options.maximumConnections = max(1, options.maximumConnections)
        // postgres-nio's pool schedules a keep-alive timer, and an idle timer for a connection
        // above the minimum, every time a connection goes back to the pool, and cancels them at
        // the next lease: timer tasks at every query, half of the raw-insert baseline's CPU at
        // one client (`bench engine --db …`, 0.21-0.24 → 0.11-0.12 ms per insert). So no
        // keep-alive (a connection the server dropped is found by the query that meets it, which
        // fails like any lost connection, and the pool opens another), and the first connection,
        // the one a lone caller keeps using, is kept open with no idle timer. Keeping more open
        // from the start would multiply every process's connections (a test run of many stores
        // hit the server's limit).
        configuration.options.minimumConnections = min(Self.connectionsKeptOpen, configuration.options.maximumConnections)
        configuration.options.keepAliveBehavior = nil
        configuration.options.connectTimeout = options.connectTimeout
        return configuration
    }

    /// Connections each pool keeps open, with no idle timer.
    static let connectionsKeptOpen = 1

    /// libpq's name for the socket in the folder it is given.
    static func socketPath(_ directory: String, _ port: Int) -> String {
        (directory.hasSuffix("/") ? String(directory.dropLast()) : directory) + "/.s.PGSQL.\(port)"
    }

    private static func connectionTLS(_ mode: PostgresURL.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    private static func clientTLS(_ mode: PostgresURL.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(.makeClientConfiguration())
        case .require: return .require(.makeClientConfiguration())
        }
    }
}

extension PostgresEventStore {
    /// A plain pool on the same server with the store's connection settings, for this package's
    /// benchmarks (the raw-insert baseline) and test tools. The caller runs and ends its `run()`.
    package static func makePlainClient(_ url: PostgresURL, options: Options = .init()) -> PostgresClient {
        PostgresClient(configuration: ConnectionSettings.client(url, options: options), backgroundLogger: quietLogger)
    }
}
