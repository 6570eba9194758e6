import DeliveryDomain
import Foundation
import GRDB
import Testing

@testable import DeliveryEngine

/// A customer's cart outlives the session: saved in the shared state (never the log), put back
/// at sign-in against the store as it is now, and never half applied from a row that cannot be read.
@Suite("Saved carts")
struct SavedCartTests {
    /// 짜장면 ×2 and 짬뽕 ×1, quoted at today's prices.
    func fullCart(_ world: TestWorld) async throws -> Cart {
        var cart = Cart()
        let state = try await world.engine.storeState(world.store)
        try cart.add(state.item(world.jjajang)!, quantity: 2, from: state)
        try cart.add(state.item(world.jjambbong)!, quantity: 1, from: state)
        return cart
    }

    @Test func aSavedCartComesBackAsItWas() async throws {
        let world = try await TestWorld.make()
        let cart = try await fullCart(world)
        let head = try await world.engine.headPosition()
        try await world.engine.saveCart(cart, as: world.customer)

        let restore = try #require(try await world.engine.restoreCart(as: world.customer))
        #expect(restore.cart == cart)
        #expect(!restore.changed)
        #expect(restore.store?.store == world.store)
        #expect(try await world.engine.headPosition() == head, "a cart is not an event")
    }

    @Test func anotherEngineOnTheSameFileFindsTheCart() async throws {
        let world = try await TestWorld.make()
        let cart = try await fullCart(world)
        try await world.engine.saveCart(cart, as: world.customer)
        let other = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        #expect(try await other.restoreCart(as: world.customer)?.cart == cart)
    }

    @Test func theLastSaveWinsAndAnEmptyCartDeletesIt() async throws {
        let world = try await TestWorld.make()
        try await world.engine.saveCart(try await fullCart(world), as: world.customer)
        let smaller = try await world.cart(1)
        try await world.engine.saveCart(smaller, as: world.customer)
        #expect(try await world.engine.restoreCart(as: world.customer)?.cart == smaller)

        try await world.engine.saveCart(Cart(), as: world.customer)
        #expect(try await world.engine.restoreCart(as: world.customer) == nil)
        #expect(try await world.engine.shared.savedCart(of: world.customer.account.rawValue) == nil)
    }

    @Test func onlyACustomerHasACart() async throws {
        let world = try await TestWorld.make()
        let cart = try await fullCart(world)
        await #expect(throws: DeliveryError.refused(.wrongRole(expected: .customer, actual: .owner))) {
            try await world.engine.saveCart(cart, as: world.owner)
        }
        await #expect(throws: DeliveryError.refused(.wrongRole(expected: .customer, actual: .rider))) {
            try await world.engine.restoreCart(as: world.rider)
        }
    }

    @Test func aRemovedDishIsLeftOutAndAChangedPriceIsQuotedAndSaid() async throws {
        let world = try await TestWorld.make()
        try await world.engine.saveCart(try await fullCart(world), as: world.customer)
        try await world.engine.removeMenuItem(world.jjambbong, in: world.store, as: world.owner)
        try await world.engine.editMenuItem(world.jjajang, in: world.store, price: 7_500, as: world.owner)

        let restore = try #require(try await world.engine.restoreCart(as: world.customer))
        #expect(restore.cart.lines == [CartLine(item: world.jjajang, quantity: 2, quotedPrice: 7_500)])
        #expect(restore.dropped == [.init(name: "짬뽕", reason: .removedFromMenu)])
        #expect(restore.repriced == [.init(name: "짜장면", was: 7_000, now: 7_500)])
        let store = try #require(restore.store)
        #expect(PlacementRule.refusal(of: restore.cart.lines, at: store, now: world.clock.now()) == nil, "orderable as shown")
    }

    @Test func aSoldOutDishIsLeftOut() async throws {
        let world = try await TestWorld.make()
        try await world.engine.saveCart(try await fullCart(world), as: world.customer)
        try await world.engine.setSoldOut(world.jjambbong, in: world.store, true, as: world.owner)

        let restore = try #require(try await world.engine.restoreCart(as: world.customer))
        #expect(restore.cart.lines.map(\.item) == [world.jjajang])
        #expect(restore.dropped == [.init(name: "짬뽕", reason: .soldOut)])
    }

    /// Closing is a matter of hours: the cart waits, and checkout refuses it as it did before.
    @Test func aPausedStoreKeepsItsCartAndCheckoutRefusesIt() async throws {
        let world = try await TestWorld.make()
        let cart = try await fullCart(world)
        try await world.engine.saveCart(cart, as: world.customer)
        try await world.engine.setMode(.paused, of: world.store, as: world.owner)

        let restore = try #require(try await world.engine.restoreCart(as: world.customer))
        #expect(restore.cart == cart)
        #expect(!restore.changed)
        let store = try #require(restore.store)
        #expect(PlacementRule.refusal(of: restore.cart.lines, at: store, now: world.clock.now()) == .storePaused(name: store.name))
    }

    @Test func aCartOfAStoreThatDoesNotExistIsDroppedWhole() async throws {
        let world = try await TestWorld.make()
        let row = #"{"lines":[{"item":"M000001","price":7000,"quantity":2}],"store":"Snowhere","storeName":"없는가게","version":1}"#
        try await world.engine.shared.saveCart(row, of: world.customer.account.rawValue, savedAt: 0)

        let restore = try #require(try await world.engine.restoreCart(as: world.customer))
        #expect(restore.cart.isEmpty)
        #expect(restore.store == nil)
        #expect(restore.dropped == [.init(name: "없는가게", reason: .storeGone)])
    }

    /// Rows edited by hand or cut short: each is dropped whole (deleted, so it is not met again)
    /// and the customer starts with an empty cart, never part of one.
    @Test(arguments: [
        "not json at all",
        #"{"lines":[{"item":"M1","quantity":2}],"store":"S1","storeName":"x"}"#,  // no version
        #"{"lines":[{"item":"M1","quantity":0}],"store":"S1","storeName":"x","version":1}"#,
        #"{"lines":[{"item":"M1","quantity":11}],"store":"S1","storeName":"x","version":1}"#,
        #"{"lines":[{"item":"M1","quantity":6},{"item":"M2","quantity":6}],"store":"S1","storeName":"x","version":1}"#,
        #"{"lines":[{"item":"M1","quantity":1},{"item":"M1","quantity":1}],"store":"S1","storeName":"x","version":1}"#,
        #"{"lines":[{"item":"M1","quantity":1,"price":-5}],"store":"S1","storeName":"x","version":1}"#,
        #"{"lines":[],"store":"S1","storeName":"x","version":1}"#,
        #"{"lines":[{"item":"","quantity":1}],"store":"S1","storeName":"x","version":1}"#,
        #"{"lines":[{"item":"M1","quantity":1}],"store":"S 1","storeName":"x","version":1}"#,
        #"{"lines":[{"item":"M1","quantity":1}],"store":"S1","storeName":"x","version":0}"#,
        #"{"lines":[{"item":"M1","quantity":1}],"ordersPlaced":-1,"store":"S1","storeName":"x","version":1}"#,
        "oversized",  // replaced below by a row of 27 kB
    ])
    func anUnreadableRowIsDroppedWhole(row: String) async throws {
        let world = try await TestWorld.make()
        let account = world.customer.account.rawValue
        let name = String(repeating: "가", count: 9_000)
        let stored = row == "oversized" ? #"{"lines":[{"item":"M1","quantity":1}],"store":"S1","storeName":"\#(name)","version":1}"# : row
        try await world.engine.shared.saveCart(stored, of: account, savedAt: 0)

        #expect(try await world.engine.restoreCart(as: world.customer) == nil)
        #expect(try await world.engine.shared.savedCart(of: account) == nil, "dropped, not met again at the next sign-in")
    }

    /// The session clears its cart once the order is placed; a process killed between the two,
    /// or an order placed by a script, leaves the cart saved. Put back, it would invite ordering
    /// the same dishes twice: a cart saved before the customer's latest order is dropped.
    @Test func aCartSavedBeforeTheLatestOrderIsNotPutBack() async throws {
        let world = try await TestWorld.make()
        try await world.engine.saveCart(try await fullCart(world), as: world.customer)
        _ = try await world.paidOrder()

        #expect(try await world.engine.restoreCart(as: world.customer) == nil)
        #expect(try await world.engine.shared.savedCart(of: world.customer.account.rawValue) == nil)
    }

    @Test func aCartSavedAfterTheLatestOrderComesBack() async throws {
        let world = try await TestWorld.make()
        _ = try await world.paidOrder()
        let cart = try await fullCart(world)
        try await world.engine.saveCart(cart, as: world.customer)

        #expect(try await world.engine.restoreCart(as: world.customer)?.cart == cart)
    }

    /// A row saved by a build that did not count orders has nothing to compare: put back as before.
    @Test func aCartSavedWithoutACountOfOrdersComesBackAsBefore() async throws {
        let world = try await TestWorld.make()
        let cart = try await fullCart(world)
        let record = try #require(SavedCartRecord(cart, ordersPlaced: nil))
        try await world.engine.shared.saveCart(record.encoded(), of: world.customer.account.rawValue, savedAt: 0)
        _ = try await world.paidOrder()

        #expect(try await world.engine.restoreCart(as: world.customer)?.cart == cart)
    }

    @Test func aCartSavedByANewerBaedalIsLeftForIt() async throws {
        let world = try await TestWorld.make()
        let account = world.customer.account.rawValue
        let row = #"{"lines":[],"store":"S1","storeName":"x","version":2,"wishes":"more"}"#
        try await world.engine.shared.saveCart(row, of: account, savedAt: 0)

        #expect(try await world.engine.restoreCart(as: world.customer) == nil)
        #expect(try await world.engine.shared.savedCart(of: account) == row)
    }

    /// Read models are rebuilt from the log (a new shape, damage, `baedal replay`'s audit); a
    /// cart is not in the log, and must not go with them.
    @Test func rebuildingTheReadModelsKeepsSavedCarts() async throws {
        let world = try await TestWorld.make()
        let cart = try await fullCart(world)
        try await world.engine.saveCart(cart, as: world.customer)
        let scratch = TestWorld.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let report = try await ReadModelAudit.run(engine: world.engine, scratchPath: scratch)
        #expect(report.allMatch)
        // An older read-model shape: the next open drops every read model and rebuilds it.
        try await world.engine.pool.write { db in try db.execute(sql: "UPDATE rm_meta SET value = 1 WHERE key = 'schema'") }

        let reopened = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        #expect(try await reopened.menu(of: world.store).count == 2, "rebuilt")
        #expect(try await reopened.restoreCart(as: world.customer)?.cart == cart)
    }

    /// A database made by the build before saved carts has no `engine_saved_carts`: it opens,
    /// gains the table, and keeps everything else as it was.
    @Test func aDatabaseFromBeforeSavedCartsGainsTheTable() async throws {
        let world = try await TestWorld.make()
        try await world.engine.pool.write { db in try db.execute(sql: "DROP TABLE engine_saved_carts") }
        let version = try await world.engine.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        await #expect(throws: (any Error).self, "the table is gone") { try await world.engine.shared.savedCart(of: "anyone") }

        let reopened = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        let cart = try await fullCart(world)
        try await reopened.saveCart(cart, as: world.customer)
        #expect(try await reopened.restoreCart(as: world.customer)?.cart == cart)
        #expect(try await reopened.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == version)
        #expect(try await reopened.menu(of: world.store).count == 2)
    }

    /// Nothing but ids, counts, prices and the store's name: a cart never holds a secret.
    @Test func theRowHoldsNothingButTheCart() async throws {
        let world = try await TestWorld.make()
        try await world.engine.saveCart(try await fullCart(world), as: world.customer)
        let row = try #require(try await world.engine.shared.savedCart(of: world.customer.account.rawValue))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(row.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["version", "store", "storeName", "lines", "ordersPlaced"])
        let lines = try #require(object["lines"] as? [[String: Any]])
        #expect(lines.allSatisfy { Set($0.keys).isSubset(of: ["item", "quantity", "price"]) })
    }
}
