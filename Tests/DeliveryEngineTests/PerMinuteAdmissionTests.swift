import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing

@Suite("Hot store: orders per minute")
struct PerMinuteAdmissionTests {
    @Test func atMostNAreLetInPerRollingMinuteOnTheEngineClock() async throws {
        let outbox = try await OutboxWorld.make()
        let (engine, store, owner) = (outbox.engine, outbox.world.store, outbox.world.owner)
        try await engine.setOrdersPerMinute(2, for: store, as: owner)
        var placed: [OrderID] = []
        for _ in 0..<5 { placed.append(try await outbox.place().order) }
        let worker = outbox.worker("w1")

        let first = try await worker.runOnce()
        #expect(first.paid == 5 && first.admitted == 2)
        #expect(try await worker.runOnce().admitted == 0)
        // Half a minute on: the two admissions are still inside the window.
        outbox.world.clock.advance(by: 30)
        #expect(try await worker.runOnce().admitted == 0)
        // A minute after the first admissions: two more, first come first served.
        let queuedBefore = try await engine.kitchenQueue(store)
        outbox.world.clock.advance(by: 31)
        #expect(try await worker.runOnce().admitted == 2)
        #expect(try await engine.kitchenQueue(store) == Array(queuedBefore.dropFirst(2)))
        outbox.world.clock.advance(by: 61)
        #expect(try await worker.runOnce().admitted == 1)
        #expect(try await engine.kitchenQueueLength(store) == 0)
        for order in placed { #expect(try await !engine.orderState(order).waitingInKitchenQueue) }
    }

    @Test func theTighterOfTheTwoLimitsWinsAndSettingOneKeepsTheOther() async throws {
        let outbox = try await OutboxWorld.make()
        let (engine, store, owner) = (outbox.engine, outbox.world.store, outbox.world.owner)
        try await engine.setOrdersPerMinute(3, for: store, as: owner)
        try await engine.setKitchenCapacity(1, for: store, as: owner)
        #expect(try await engine.admissionPolicy(store) == AdmissionPolicy(kitchenCapacity: 1, ordersPerMinute: 3))
        for _ in 0..<4 { _ = try await outbox.place() }
        #expect(try await outbox.worker("w1").runOnce().admitted == 1)

        try await engine.setKitchenCapacity(nil, for: store, as: owner)
        #expect(try await engine.admissionPolicy(store) == AdmissionPolicy(kitchenCapacity: nil, ordersPerMinute: 3))
        #expect(try await outbox.worker("w1").runOnce().admitted == 2)
    }

    @Test func theRateMustBeSensibleAndOnlyTheOwnerSetsIt() async throws {
        let outbox = try await OutboxWorld.make()
        await #expect(throws: DeliveryError.self) {
            try await outbox.engine.setOrdersPerMinute(0, for: outbox.world.store, as: outbox.world.owner)
        }
        await #expect(throws: DeliveryError.self) {
            try await outbox.engine.setOrdersPerMinute(5, for: outbox.world.store, as: outbox.world.customer)
        }
        #expect(try await outbox.engine.admissionPolicy(outbox.world.store) == .unlimited)
    }

    @Test func aPolicyRecordedBeforeThePerMinuteLimitExistedStillDecodes() throws {
        let old = Data(#"{"kitchenCapacity":3}"#.utf8)
        #expect(try JSONDecoder().decode(AdmissionPolicy.self, from: old) == AdmissionPolicy(kitchenCapacity: 3))
        let event = Data(#"{"store":"S1","policy":{"kitchenCapacity":2},"at":0}"#.utf8)
        let decoded = try JSONDecoder().decode(AdmissionEvent.PolicySet.self, from: event)
        #expect(decoded.policy.kitchenCapacity == 2 && decoded.policy.ordersPerMinute == nil)
        // And a new policy writes the field only when it is set, so old readers see the same shape.
        let written = try JSONEncoder().encode(AdmissionPolicy(kitchenCapacity: 3))
        #expect(String(decoding: written, as: UTF8.self) == #"{"kitchenCapacity":3}"#)
    }
}
