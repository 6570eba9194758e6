import Testing

@testable import PostgresEventStore

/// The pool's settings, without a server.
@Suite("Pool settings")
struct PoolSettingsTests {
    @Test func aPoolKeepsAFewConnectionsOpenAndRunsNoTimerPerQuery() throws {
        let url = try PostgresURL(parsing: "postgres:///baedal?host=/tmp&user=baedal")
        let pool = ConnectionSettings.client(url, options: .init(maximumConnections: 16))
        #expect(pool.options.keepAliveBehavior == nil)
        #expect(pool.options.minimumConnections == ConnectionSettings.connectionsKeptOpen)
        let small = ConnectionSettings.client(url, options: .init(maximumConnections: 2))
        #expect(small.options.minimumConnections == 2, "never more than the most it may open")
    }
}
