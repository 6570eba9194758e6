import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing

/// A rider's past jobs reach back as far as a customer's history (``OrderLimits/historyMonths``):
/// the page reads them again at every change while it is open, and a rider's record grows by
/// dozens a day.
@Suite("Rider's delivered jobs")
struct RiderHistoryTests {
    func deliver(_ world: TestWorld) async throws -> OrderID {
        let engine = world.engine
        let order = try await world.paidOrder()
        try await engine.confirm(order, as: world.owner)
        try await engine.acceptJob(order, as: world.rider)
        try await engine.startDelivery(order, travelMinutes: 20, as: world.owner)
        try await engine.pickUp(order, as: world.rider)
        try await engine.markDelivered(order, as: world.rider)
        return order
    }

    @Test func deliveriesOlderThanTheHistoryAreLeftOutNewestFirst() async throws {
        let world = try await TestWorld.make()
        let old = try await deliver(world)
        world.clock.advance(by: 40 * 24 * 3600)
        let middle = try await deliver(world)
        world.clock.advance(by: 60 * 24 * 3600)  // 100 days after the first: past three months
        let recent = try await deliver(world)

        let jobs = try await world.engine.riderJobs(world.rider, finished: true)
        #expect(jobs.map(\.id) == [recent, middle])
        #expect(!jobs.map(\.id).contains(old))
        #expect(try await world.engine.riderJobs(world.otherRider, finished: true).isEmpty)
        #expect(OrderLimits.historyStart(before: world.clock.now()) > world.clock.now().addingTimeInterval(-100 * 24 * 3600))
    }
}
