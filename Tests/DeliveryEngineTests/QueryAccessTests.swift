import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing

/// Every query about one order or one store checks who is asking, as commands do.
@Suite struct QueryAccessTests {
    @Test func anOrdersTimelineIsForItsCustomerItsOwnerAndItsRider() async throws {
        let world = try await TestWorld.make()
        let order = try await world.paidOrder()
        let stranger = try await world.engine.signUp(name: "이영희", role: .customer, password: "younghee-123")
        let otherOwner = try await world.engine.signUp(name: "김떡볶", role: .owner, password: "tteok-12345")

        #expect(try await world.engine.timeline(of: order, as: world.customer).count >= 2)
        #expect(try await world.engine.timeline(of: order, as: world.owner).count >= 2)
        await #expect(throws: DeliveryError.refused(.notYourOrder)) {
            try await world.engine.timeline(of: order, as: stranger)
        }
        await #expect(throws: DeliveryError.refused(.notYourStore)) {
            try await world.engine.timeline(of: order, as: otherOwner)
        }
        // Waiting for the store, the order is no rider's business yet.
        await #expect(throws: DeliveryError.refused(.notAnOpenJob)) {
            try await world.engine.timeline(of: order, as: world.rider)
        }
    }

    @Test func ridersSeeOnlyOpenJobsAndTheirOwn() async throws {
        let world = try await TestWorld.make()
        let unpaid = try await world.engine.placeOrder(try await world.cart(), card: nil, as: world.customer).order
        await #expect(throws: DeliveryError.refused(.notAnOpenJob)) {
            try await world.engine.orderState(unpaid, as: world.rider)
        }
        let cancelled = try await world.paidOrder()
        try await world.engine.cancel(cancelled, as: world.customer)
        await #expect(throws: DeliveryError.refused(.notAnOpenJob)) {
            try await world.engine.orderState(cancelled, as: world.rider)
        }

        let cooking = try await world.paidOrder()
        try await world.engine.confirm(cooking, cookMinutes: 20, as: world.owner)
        // Open: any rider may look before taking it.
        #expect(try await world.engine.orderState(cooking, as: world.otherRider).status == .cooking)
        try await world.engine.acceptJob(cooking, as: world.rider)
        #expect(try await world.engine.orderState(cooking, as: world.rider).rider == world.rider.account)
        await #expect(throws: DeliveryError.refused(.notYourJob)) {
            try await world.engine.orderState(cooking, as: world.otherRider)
        }
    }

    @Test func salesAreForTheStoresOwnerOnly() async throws {
        let world = try await TestWorld.make()
        let otherOwner = try await world.engine.signUp(name: "김떡볶", role: .owner, password: "tteok-12345")
        #expect(try await world.engine.sales(of: world.store, as: world.owner).deliveredOrders == 0)
        await #expect(throws: DeliveryError.refused(.wrongRole(expected: .owner, actual: .customer))) {
            try await world.engine.sales(of: world.store, as: world.customer)
        }
        await #expect(throws: DeliveryError.refused(.salesAreTheOwners)) {
            try await world.engine.sales(of: world.store, as: otherOwner)
        }
    }
}
