import DeliveryDomain
import Foundation
import GRDB
import Testing

@testable import DeliveryEngine

/// The read models are a cache of the log: a damaged table is rebuilt from the log, with one
/// notice, and the engine answers as if nothing had happened, instead of showing SQL.
@Suite("Damaged read models are rebuilt from the log")
struct ReadModelRepairTests {
    /// What the world's owner and customer see, to compare before the damage and after the repair.
    /// What the screens ask. The launcher's greeting reads every store row; a customer's list is
    /// served from the rows a search keeps (``KeptByRevision``), which a dropped table does not
    /// reach until the rows are read again.
    static func answers(_ world: TestWorld, _ engine: DeliveryEngine) async throws -> [String] {
        let counts = try await engine.storeCounts()
        let stores = try await engine.stores(for: world.customer).map { "\($0.store.name) \($0.store.id)" }
        let menu = try await engine.menu(of: world.store).map { "\($0.name) \($0.price)" }
        let orders = try await engine.storeOrders(world.owner, statuses: [.awaitingConfirmation]).map { "\($0.id)" }
        return ["\(counts.total) \(counts.open)"] + stores + menu + orders
    }

    static func damage(_ engine: DeliveryEngine, _ sql: String) async throws {
        try await engine.pool.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }

    @Test(arguments: [
        ("DROP TABLE rm_stores", "table rm_stores is missing"),
        ("DROP TABLE rm_orders", "table rm_orders is missing"),
        ("ALTER TABLE rm_menu DROP COLUMN description", "table rm_menu has been altered"),
        ("DROP INDEX rm_orders_store", "index rm_orders_store is missing"),
        ("ALTER TABLE rm_menu RENAME TO rm_menu_old", "table rm_menu is missing"),
    ])
    func aDamagedTableFoundWhenTheDatabaseOpensIsRebuilt(damage: String, cause: String) async throws {
        let world = try await TestWorld.make()
        _ = try await world.paidOrder()
        let before = try await Self.answers(world, world.engine)
        try await Self.damage(world.engine, damage)

        let reopened = try await TestWorld.openEngine(world.path, clock: world.clock)
        #expect(try await Self.answers(world, reopened) == before)
        #expect(reopened.readModelNotices.count == 1)
        let notice = try #require(reopened.readModelNotices.first)
        #expect(notice.contains("rebuilt them from the event log"))
        #expect(notice.contains(cause))
        #expect(!notice.contains("SELECT") && !notice.contains("INSERT"))
    }

    @Test func aTableDroppedWhileTheEngineRunsIsRebuiltOnTheNextQuery() async throws {
        let world = try await TestWorld.make()
        _ = try await world.paidOrder()
        let before = try await Self.answers(world, world.engine)
        try await Self.damage(world.engine, "DROP TABLE rm_stores")

        #expect(try await Self.answers(world, world.engine) == before)
        #expect(world.engine.readModelNotices.count == 1)
        #expect(world.engine.readModelNotices.first?.contains("no such table: rm_stores") == true)
    }

    @Test func aTableDroppedBeforeNewEventsAreProjectedIsRebuiltByTheCatchUp() async throws {
        let world = try await TestWorld.make()
        try await Self.damage(world.engine, "DROP TABLE rm_orders")
        // Placing the order appends events the projector must write into rm_orders.
        let order = try await world.paidOrder()
        let incoming = try await world.engine.storeOrders(world.owner, statuses: [.awaitingConfirmation])
        #expect(incoming.map(\.id) == [order])
        #expect(world.engine.readModelNotices.count == 1)
    }

    @Test func intactReadModelsAreNotRebuilt() async throws {
        let world = try await TestWorld.make()
        _ = try await world.paidOrder()
        let reopened = try await TestWorld.openEngine(world.path, clock: world.clock)
        _ = try await Self.answers(world, reopened)
        #expect(reopened.readModelNotices.isEmpty)
        #expect(world.engine.readModelNotices.isEmpty)
    }
}
