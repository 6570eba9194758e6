import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// With in-process payments no payment worker runs anywhere, so the sessions themselves let
/// queued orders in when a kitchen has room: a paid order must never wait in a queue that
/// nobody empties.
@Suite("Sessions let queued orders in") @MainActor
struct QueueAdmissionBySessionsTests {
    @Test func aKitchenWithRoomTakesTheHeadOfItsQueueAtTheNextPulse() async throws {
        let world = try await ScreenWorld.seeded()
        let (mine, ahead) = try await world.queuedOrders(capacity: 1)
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world)
        let customer = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        #expect(try await world.engine.orderState(ahead).waitingInKitchenQueue)

        // The kitchen (two orders) is over its capacity of one: the pulse finds nothing to do.
        await owner.runtime.tick(woken: true)
        #expect(try await world.engine.orderState(ahead).waitingInKitchenQueue)

        // The owner makes room for one more; the next pulse of any session lets exactly the
        // head of the queue in, and the customer behind it stays queued.
        try await world.engine.setKitchenCapacity(3, for: try await world.hongKong(), as: try await world.actor("박사장"))
        await customer.runtime.tick(woken: true)
        await owner.runtime.tick(woken: true)
        #expect(try await world.engine.orderState(ahead).waitingInKitchenQueue == false)
        #expect(try await world.engine.orderState(mine).waitingInKitchenQueue)
        #expect(try await world.engine.kitchenQueueLength(try await world.hongKong()) == 2)
    }

    /// With a payment worker (payments through a gateway), admission is the worker's alone.
    @Test func sessionsLeaveAdmissionToThePaymentWorkerWhenThereIsOne() async throws {
        let world = try await ScreenWorld.seeded()
        try await world.queuedOrders(capacity: 1)
        try await world.engine.setKitchenCapacity(3, for: try await world.hongKong(), as: try await world.actor("박사장"))
        let outbox = try await world.outboxEngine()
        #expect(try await outbox.pulse().admissionDue == false)
        #expect(try await world.engine.pulse().admissionDue)
    }
}
