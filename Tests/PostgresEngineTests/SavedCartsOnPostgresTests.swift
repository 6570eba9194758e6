import DeliveryDomain
import DeliveryEngine
import Foundation
import PostgresNIO
import Testing

@testable import PostgresEventStore

/// Saved carts live in PostgreSQL beside the settings, so every machine on the database finds
/// the cart a customer left on another; as on SQLite (`SavedCartTests`).
@Suite("Saved carts on PostgreSQL", .enabled(if: PostgresServer.isConfigured, PostgresServer.skipNote))
struct SavedCartsOnPostgresTests {
    @Test func aCartSavedOnOneMachineIsRestoredOnAnother() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let cart = try await world.cart()
            let head = try await world.engine.headPosition()
            try await world.engine.saveCart(cart, as: world.customer)

            let other = try await openPostgresEngine(location, clock: world.clock, seed: 2)
            let restore = try #require(try await other.restoreCart(as: world.customer))
            #expect(restore.cart == cart)
            #expect(!restore.changed)
            #expect(try await other.headPosition() == head, "a cart is not an event")

            try await other.saveCart(Cart(), as: world.customer)
            #expect(try await world.engine.restoreCart(as: world.customer) == nil)
        }
    }

    @Test func aChangedPriceIsQuotedAndSaid() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            try await world.engine.saveCart(try await world.cart(), as: world.customer)
            try await world.engine.editMenuItem(world.jjajang, in: world.store, price: 7_500, as: world.owner)

            let restore = try #require(try await world.engine.restoreCart(as: world.customer))
            #expect(restore.cart.lines == [CartLine(item: world.jjajang, quantity: 2, quotedPrice: 7_500)])
            #expect(restore.repriced.map(\.now) == [7_500])
        }
    }

    @Test func anUnreadableRowIsDroppedWhole() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let account = world.customer.account.rawValue
            try await world.engine.shared.saveCart(#"{"lines":[{"item":"M1","quantity":99}]}"#, of: account, savedAt: 0)
            #expect(try await world.engine.restoreCart(as: world.customer) == nil)
            #expect(try await world.engine.shared.savedCart(of: account) == nil)
        }
    }

    /// A database made before saved carts has no `engine_saved_carts`: the next open creates it.
    @Test func aDatabaseFromBeforeSavedCartsGainsTheTable() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let url = try PostgresURL(parsing: location)
            try await Self.execute("DROP TABLE \"\(url.schema)\".engine_saved_carts", at: url)
            await #expect(throws: (any Error).self, "the table is gone") { try await world.engine.shared.savedCart(of: "anyone") }

            let reopened = try await openPostgresEngine(location, clock: world.clock, seed: 2)
            let cart = try await world.cart()
            try await reopened.saveCart(cart, as: world.customer)
            #expect(try await reopened.restoreCart(as: world.customer)?.cart == cart)
        }
    }

    static func execute(_ sql: String, at url: PostgresURL) async throws {
        var base = url
        base.schema = "public"
        let connection = try await PostgresConnection.connect(
            configuration: ConnectionSettings.connection(base, options: .init()), id: 9, logger: PostgresEventStore.quietLogger)
        try await connection.query(PostgresQuery(unsafeSQL: sql), logger: PostgresEventStore.quietLogger)
        try await connection.close()
    }
}
