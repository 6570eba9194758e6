import Testing

@testable import PostgresEventStore

/// The pool's settings, without a server.
@Suite("Pool settings")
struct PoolSettingsTests {
    @Test func aPoolKeepsOneConnectionOpenAndRunsNoKeepAliveTimer() throws {
        let url = try PostgresURL(parsing: "postgres:///baedal?host=/tmp&user=baedal")
        let pool = ConnectionSettings.client(url, options: .init(maximumConnections: 16))
        #expect(pool.options.keepAliveBehavior == nil)
        #expect(pool.options.minimumConnections == ConnectionSettings.connectionsKeptOpen)
    }
}
