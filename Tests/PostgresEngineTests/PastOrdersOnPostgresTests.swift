import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing

/// An owner's past orders on PostgreSQL: read from the process's own projection of the shared
/// log, a page at a time, and only by the store's owner, as on SQLite.
@Suite("Past orders on PostgreSQL", .enabled(if: PostgresServer.isConfigured, PostgresServer.skipNote))
struct PastOrdersOnPostgresTests {
    @Test func anOwnerPagesThroughTheStoresFinishedOrdersFromAnotherProcess() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let engine = world.engine
            var finished: [OrderID] = []
            for minute in 0..<3 {
                world.clock.set(PostgresWorld.noon.addingTimeInterval(Double(minute) * 60))
                let order = try await world.paidOrder()
                try await engine.cancel(order, reason: "잘못 주문했어요", as: world.customer)
                finished.append(order)
            }
            _ = try await world.paidOrder()  // still waiting for the store

            // Another process on the same log reads them from its own projection.
            let other = try await openPostgresEngine(location, clock: world.clock, seed: 2)
            let first = try await other.pastOrders(of: world.store, as: world.owner, limit: 2)
            #expect(first.orders.map(\.order) == [finished[2], finished[1]])
            #expect(first.orders.allSatisfy { $0.outcome == .cancelled })
            let rest = try await other.pastOrders(of: world.store, as: world.owner, after: first.nextCursor, limit: 2)
            #expect(rest.orders.map(\.order) == [finished[0]])
            #expect(rest.hasOlder == false)

            let detail = try await other.pastOrder(finished[0], as: world.owner)
            #expect(detail.ending == .cancelledByCustomer(reason: "잘못 주문했어요", paid: true))
            #expect(detail.refunded == detail.total)

            let otherOwner = try await engine.signUp(name: "김떡볶", role: .owner, password: "tteok-12345")
            await #expect(throws: DeliveryError.refused(.notYourStore)) {
                try await other.pastOrders(of: world.store, as: otherOwner)
            }
            await #expect(throws: DeliveryError.refused(.notYourStore)) {
                try await other.pastOrder(finished[0], as: otherOwner)
            }
        }
    }
}
