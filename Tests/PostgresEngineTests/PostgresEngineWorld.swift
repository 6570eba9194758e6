import DeliveryDomain
import DeliveryEngine
import Foundation
import Logging
import Payments
import PostgresEngine
import PostgresNIO
import Synchronization
import TestCast
import Testing

@testable import PostgresEventStore

/// The PostgreSQL server the tests may use: the one `BAEDAL_TEST_POSTGRES_URL` names (set by
/// `scripts/with-postgres`). Without it these suites are skipped.
enum PostgresServer {
    static let urlText = ProcessInfo.processInfo.environment["BAEDAL_TEST_POSTGRES_URL"] ?? ""
    static var isConfigured: Bool { !urlText.isEmpty }
    static let skipNote: Comment = """
        BAEDAL_TEST_POSTGRES_URL is not set, so the engine-on-PostgreSQL tests are skipped. \
        Run them with `scripts/with-postgres swift test`.
        """

    /// A fresh schema's URL for one test; `body` runs, then the schema is dropped.
    static func withFreshSchema<T>(_ body: (String) async throws -> T) async throws -> T {
        var url = try PostgresURL(parsing: urlText)
        url.schema = "engine_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        defer { Task { [url] in try? await drop(url) } }
        // Trust authentication: no password, so the description is the whole URL.
        return try await body(url.description)
    }

    static func drop(_ url: PostgresURL) async throws {
        var base = url
        base.schema = "public"
        let connection = try await PostgresConnection.connect(
            configuration: ConnectionSettings.connection(base, options: .init()), id: 9, logger: PostgresEventStore.quietLogger)
        try await connection.query(
            PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \"\(url.schema)\" CASCADE"), logger: PostgresEventStore.quietLogger)
        try await connection.close()
    }
}

/// An engine on PostgreSQL as `--db postgres://…` opens it, on a simulated clock.
func openPostgresEngine(
    _ location: String, clock: SimulatedClock, seed: UInt64, payments: (any PaymentProcessor)? = nil
) async throws -> DeliveryEngine {
    var options = DeliveryEngine.Options(clock: clock, ids: .seeded(seed), payments: payments, hasher: .fastForTests)
    options.backend = PostgresBackend(options: .init(maximumConnections: 8), safetyPoll: .seconds(5))
    return try await DeliveryEngine.open(path: location, options: options)
}

/// A store, its owner, a customer and two riders on one PostgreSQL log.
struct PostgresWorld {
    let location: String
    let engine: DeliveryEngine
    let clock: SimulatedClock
    let owner: Actor
    let customer: Actor
    let rider: Actor
    let otherRider: Actor
    let store: StoreID
    let jjajang: MenuItemID

    static let noon = TestCast.noon
    static let goodCard = TestCast.goodCard

    static func make(_ location: String) async throws -> PostgresWorld {
        let clock = SimulatedClock(noon)
        let engine = try await openPostgresEngine(location, clock: clock, seed: 1)
        let cast = try await TestCast.seed(on: engine, riders: 2)
        return PostgresWorld(
            location: location, engine: engine, clock: clock, owner: cast.owner, customer: cast.customer,
            rider: cast.riders[0], otherRider: cast.riders[1], store: cast.store, jjajang: cast.dishes[0])
    }

    func cart() async throws -> Cart {
        var cart = Cart()
        let state = try await engine.storeState(store)
        try cart.add(state.item(jjajang)!, quantity: 2, from: state)
        return cart
    }

    func paidOrder(on engine: DeliveryEngine? = nil) async throws -> OrderID {
        try await (engine ?? self.engine).placeOrder(try await cart(), card: Self.goodCard, as: customer).order
    }
}

/// Waits for `condition`, checking every 5 ms, up to `deadline`.
func eventually(within deadline: Duration = .seconds(3), _ condition: () async throws -> Bool) async throws -> Bool {
    let clock = ContinuousClock()
    let end = clock.now + deadline
    while clock.now < end {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(5))
    }
    return try await condition()
}
