import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing

@Suite("Hot store: kitchen admission")
struct KitchenAdmissionTests {
    /// The store's queue in first-come order, from the read model.
    func queue(_ outbox: OutboxWorld) async throws -> [OrderID] {
        try await outbox.engine.kitchenQueue(outbox.world.store)
    }

    @Test func paidOrdersBeyondCapacityQueueAndAreAdmittedFirstComeFirstServed() async throws {
        let outbox = try await OutboxWorld.make()
        try await outbox.engine.setKitchenCapacity(2, for: outbox.world.store, as: outbox.world.owner)
        let orders = try await withThrowingTaskGroup(of: OrderID.self) { group in
            for _ in 0..<8 { group.addTask { try await outbox.place().order } }
            return try await group.reduce(into: [OrderID]()) { $0.append($1) }
        }
        let worker = outbox.worker("w1")
        let first = try await worker.runOnce()
        #expect(first.paid == 8)
        #expect(first.admitted == 2)
        let kitchen = try await outbox.engine.storeOrders(outbox.world.owner, statuses: [.awaitingConfirmation])
        #expect(kitchen.count == 2)
        let waiting = try await queue(outbox)
        #expect(waiting.count == 6)
        #expect(try await outbox.engine.kitchenQueueLength(outbox.world.store) == 6)
        #expect(Set(waiting + kitchen.map(\.id)) == Set(orders))

        // Places are 1…6 in queue order, with a growing estimate.
        var previous = 0
        for (index, order) in waiting.enumerated() {
            let place = try #require(try await outbox.engine.queuePlace(order, as: outbox.world.customer))
            #expect(place.position == index + 1 && place.queueLength == 6)
            #expect(place.estimatedWaitMinutes >= previous)
            previous = place.estimatedWaitMinutes
        }

        // A customer leaves the queue: refunded, and everyone behind moves up.
        try await outbox.engine.cancel(waiting[1], as: outbox.world.customer)
        let left = try await outbox.engine.orderState(waiting[1])
        #expect(left.status == .cancelled && left.refund != nil)
        #expect(try await outbox.engine.queuePlace(waiting[2], as: outbox.world.customer)?.position == 2)

        // Capacity frees (one kitchen order cancelled before confirmation): exactly the head goes in.
        try await outbox.engine.cancel(kitchen[0].id, as: outbox.world.customer)
        let next = try await worker.runOnce()
        #expect(next.admitted == 1)
        let admitted = try await outbox.engine.orderState(waiting[0])
        #expect(admitted.status == .awaitingConfirmation && !admitted.waitingInKitchenQueue)
        #expect(try await outbox.engine.orderState(waiting[2]).waitingInKitchenQueue)
        #expect(try await queue(outbox) == Array(waiting[2...]))
        // Full again: nothing more goes in.
        #expect(try await worker.runOnce().admitted == 0)
    }

    @Test func theQueueSurvivesARestart() async throws {
        let outbox = try await OutboxWorld.make()
        try await outbox.engine.setKitchenCapacity(1, for: outbox.world.store, as: outbox.world.owner)
        for _ in 0..<3 { _ = try await outbox.place() }
        _ = try await outbox.worker("w1").runOnce()
        let before = try await queue(outbox)
        let reopened = try await OutboxWorld.openEngine(
            outbox.world.path, clock: outbox.world.clock,
            processor: outbox.processor, seed: 42)
        #expect(try await reopened.kitchenQueueLength(outbox.world.store) == before.count)
        #expect(before.count == 2)
    }

    @Test func onlyTheOwnerSetsCapacity() async throws {
        let outbox = try await OutboxWorld.make()
        await #expect(throws: DeliveryError.self) {
            try await outbox.engine.setKitchenCapacity(3, for: outbox.world.store, as: outbox.world.customer)
        }
        await #expect(throws: DeliveryError.self) {
            try await outbox.engine.setKitchenCapacity(0, for: outbox.world.store, as: outbox.world.owner)
        }
    }
}
