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

    /// With in-process payments there is no worker: every session's pulse (and every script)
    /// lets queued orders in, often several processes at once. They pick the same orders
    /// first come first served, each order's stream refuses a second admission, so the kitchen
    /// never holds more than its capacity, round after round.
    @Test func processesAdmittingAtOnceNeverOverfillTheKitchen() async throws {
        let world = try await TestWorld.make()
        let engines =
            [world.engine]
            + (try await [
                TestWorld.openEngine(world.path, clock: world.clock, seed: 2),
                TestWorld.openEngine(world.path, clock: world.clock, seed: 3),
            ])
        try await world.engine.setKitchenCapacity(1, for: world.store, as: world.owner)
        var placed: [OrderID] = []
        for _ in 0..<6 { placed.append(try await world.paidOrder()) }
        try await world.engine.refresh()  // the pulse reads the read models as they stand
        #expect(try await world.engine.pulse().admissionDue, "the kitchen is empty and six wait")

        for round in 0..<6 {
            let admitted = await withTaskGroup(of: [OrderID].self) { group in
                for engine in engines { group.addTask { (try? await engine.admitQueuedOrders()) ?? [] } }
                return await group.reduce(into: [OrderID]()) { $0 += $1 }
            }
            #expect(admitted == [placed[round]], "round \(round): exactly the head of the queue, once")
            var kitchen: [OrderID] = []
            for order in placed {
                let state = try await world.engine.orderState(order)
                if state.status == .awaitingConfirmation && !state.waitingInKitchenQueue { kitchen.append(order) }
            }
            #expect(kitchen == [placed[round]])
            try await world.engine.refresh()
            #expect(try await world.engine.pulse().admissionDue == false, "full again")
            try await world.engine.reject(placed[round], reason: "재료 소진", as: world.owner)
        }
        #expect(try await world.engine.kitchenQueueLength(world.store) == 0)
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
