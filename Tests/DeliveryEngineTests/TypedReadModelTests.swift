import DeliveryDomain
import Foundation
import GRDB
import Testing

@testable import DeliveryEngine

/// The rows the screens draw hold typed ids and statuses, so an order id cannot be passed where
/// a store id is meant; the columns stay the TEXT they were, so files written before read the same.
@Suite("Typed read-model rows")
struct TypedReadModelTests {
    @Test func rowsReadBackTypedFromTheSameTextColumns() async throws {
        let world = try await TestWorld.make()
        let order = try await world.paidOrder()
        try await world.engine.confirm(order, cookMinutes: 20, as: world.owner)
        try await world.engine.acceptJob(order, as: world.rider)
        try await world.engine.refresh()

        let row = try #require(try await world.engine.history(world.customer).first)
        #expect(row.orderId == order)
        #expect(row.customerId == world.customer.account)
        #expect(row.storeId == world.store)
        #expect(row.ownerId == world.owner.account)
        #expect(row.riderId == world.rider.account)
        #expect(row.status == .cooking)

        let notice = try #require(try await world.engine.notifications(world.customer).first)
        #expect(notice.orderId == order && notice.accountId == world.customer.account)
        let store = try #require(try await world.engine.ownedStores(world.owner).first)
        #expect(store.storeId == world.store && store.ownerId == world.owner.account)
        let dish = try #require(try await world.engine.menu(of: world.store).first)
        #expect(dish.storeId == world.store && dish.itemId == world.jjajang)

        // Stored as before: text, the raw id and the status's raw value.
        let stored = try await world.engine.pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT typeof(order_id), order_id, typeof(rider_id), rider_id, typeof(status), status FROM rm_orders")
        }
        let columns = try #require(stored)
        #expect(columns[0] as String == "text" && columns[1] as String == order.rawValue)
        #expect(columns[2] as String == "text" && columns[3] as String == world.rider.account.rawValue)
        #expect(columns[4] as String == "text" && columns[5] as String == "cooking")
    }

    @Test func aRowWrittenAsPlainTextReadsTyped() throws {
        let queue = try DatabaseQueue()
        let order = try queue.write { db in
            try ReadModelSchema.prepare(db)
            try db.execute(
                sql: """
                    INSERT INTO rm_orders(order_id, customer_id, store_id, store_name, owner_id, rider_id, status, item_count, summary,
                      subtotal, delivery_fee, total, auto_cancel_minutes, placed_at, refunded, updated_position)
                    VALUES ('O1', '김민수', 'hongkong', '홍콩반점', '박사장', NULL, 'cooking', 2, '짜장면 ×2', 14000, 3000, 17000, 5, 0, 0, 1)
                    """)
            return try OrderSummary.fetchOne(db)
        }
        let row = try #require(order)
        #expect(row.orderId == OrderID("O1") && row.customerId == AccountID("김민수") && row.storeId == StoreID("hongkong"))
        #expect(row.riderId == nil && row.status == .cooking)
    }
}
