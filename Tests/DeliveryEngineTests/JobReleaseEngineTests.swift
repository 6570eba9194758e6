import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing

/// A rider gives an accepted job back through the engine: the read models put it back in
/// every rider's open jobs, take it off the rider's own, and tell the customer.
@Suite("Giving a job back, through the engine")
struct JobReleaseEngineTests {
    /// A confirmed order the first rider has accepted.
    static func acceptedJob(_ world: TestWorld) async throws -> OrderID {
        let order = try await world.paidOrder()
        try await world.engine.confirm(order, as: world.owner)
        try await world.engine.acceptJob(order, as: world.rider)
        #expect(try await world.engine.openJobs().isEmpty)
        return order
    }

    @Test func theJobIsOpenAgainAndTheRiderHoldsNothing() async throws {
        let world = try await TestWorld.make()
        let engine = world.engine
        let order = try await Self.acceptedJob(world)
        #expect(try await engine.riderJobs(world.rider, finished: false).map(\.id) == [order])

        try await engine.releaseJob(order, as: world.rider)

        #expect(try await engine.openJobs().map(\.id) == [order])
        #expect(try await engine.riderJobs(world.rider, finished: false).isEmpty)
        let row = try #require(try await engine.openJobs().first)
        #expect(row.riderId == nil)
        #expect(row.orderStatus == .cooking)
        // Open to every rider, the one who gave it back included.
        try await engine.acceptJob(order, as: world.otherRider)
        #expect(try await engine.riderJobs(world.otherRider, finished: false).map(\.id) == [order])
        #expect(try await engine.openJobs().isEmpty)
    }

    @Test func theCustomerIsToldAnotherRiderIsBeingFound() async throws {
        let world = try await TestWorld.make()
        let order = try await Self.acceptedJob(world)
        try await world.engine.releaseJob(order, as: world.rider)

        let newest = try #require(try await world.engine.notifications(world.customer).first)
        #expect(newest.orderId == order)
        #expect(newest.notice == .riderReleased)
        #expect(newest.status == "cooking")
        #expect(newest.unread == true)
        #expect(newest.message(in: .korean) == "라이더가 배차를 반납했어요. 다른 라이더를 찾고 있어요.")
        #expect(newest.message(in: .english) == "Your rider gave the job back; we are finding another rider.")
    }

    @Test func aJobGivenBackAfterDeliveryStartedWaitsForARiderOnTheRoad() async throws {
        let world = try await TestWorld.make()
        let order = try await Self.acceptedJob(world)
        try await world.engine.startDelivery(order, travelMinutes: 15, as: world.owner)
        try await world.engine.releaseJob(order, as: world.rider)
        let row = try #require(try await world.engine.openJobs().first)
        #expect(row.orderStatus == .deliveryStarted)
        #expect(try await world.engine.notifications(world.customer).first?.status == "deliveryStarted")
    }

    @Test func refusalsLeaveTheJobWithItsRider() async throws {
        let world = try await TestWorld.make()
        let engine = world.engine
        let order = try await Self.acceptedJob(world)
        await #expect(throws: DeliveryError.refused(.notYourJob)) { try await engine.releaseJob(order, as: world.otherRider) }
        try await engine.startDelivery(order, travelMinutes: 15, as: world.owner)
        try await engine.pickUp(order, as: world.rider)
        await #expect(throws: DeliveryError.refused(.releaseAfterPickUp(status: .pickedUp))) {
            try await engine.releaseJob(order, as: world.rider)
        }
        #expect(try await engine.riderJobs(world.rider, finished: false).map(\.id) == [order])
        #expect(try await engine.notifications(world.customer).first?.notice == .pickedUp)
    }

    @Test func aJobNobodyHoldsIsRefused() async throws {
        let world = try await TestWorld.make()
        let order = try await world.paidOrder()
        try await world.engine.confirm(order, as: world.owner)
        await #expect(throws: DeliveryError.refused(.noRiderToRelease)) {
            try await world.engine.releaseJob(order, as: world.rider)
        }
    }

    @Test func theLogRecordsWhoGaveItBack() async throws {
        let world = try await TestWorld.make()
        let order = try await Self.acceptedJob(world)
        try await world.engine.releaseJob(order, as: world.rider)
        let last = try #require(try await world.engine.timeline(of: order).last)
        #expect(last.type == "RiderReleased")
        #expect(last.actor == world.rider.account.rawValue)
        #expect(last.event == .riderReleased(.init(rider: world.rider.account, at: last.at)))
    }
}
