import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing

/// `orderTracking`: what the customer's tracking page is told about a payment still waiting
/// for the processor, a decline, a cancellation at the payment limit and a place in the queue.
@Suite("Order tracking details")
struct OrderTrackingTests {
    @Test func aPaymentWaitingForTheProcessorIsPendingSinceItsRequestUntilPaid() async throws {
        let outbox = try await OutboxWorld.make(.down)
        let requestedAt = outbox.world.clock.now()
        let order = try await outbox.place().order
        let waiting = try await outbox.engine.orderTracking(order, as: outbox.world.customer)
        #expect(waiting == OrderTracking(order: order, paymentPendingSince: requestedAt))
        #expect(waiting.paymentLimitMinutes == PaymentDeadline.defaultMinutes)

        outbox.processor.set(.healthy)
        _ = try await outbox.worker("w1").runOnce()
        #expect(try await outbox.engine.orderTracking(order, as: outbox.world.customer) == OrderTracking(order: order))
    }

    @Test func aDeclineIsToldWithItsReasonUntilAnotherCardIsTried() async throws {
        let world = try await TestWorld.make()
        let order = try await world.engine.placeOrder(
            try await world.cart(), card: TestWorld.declinedCard,
            as: world.customer
        ).order
        let declined = try await world.engine.orderTracking(order, as: world.customer)
        #expect(declined.paymentPendingSince == nil)
        #expect(declined.declineReason?.isEmpty == false)
        _ = try await world.engine.pay(order, card: TestWorld.goodCard, as: world.customer)
        #expect(try await world.engine.orderTracking(order, as: world.customer).declineReason == nil)
    }

    @Test func anOrderGivenUpAtThePaymentLimitIsCancelledUnpaid() async throws {
        let outbox = try await OutboxWorld.make(.down)
        let order = try await outbox.place().order
        outbox.world.clock.advance(by: 11 * 60)
        outbox.processor.set(.healthy)
        _ = try await outbox.worker("w1", limitMinutes: 10).runOnce()
        let tracking = try await outbox.engine.orderTracking(order, as: outbox.world.customer)
        #expect(tracking.cancelledUnpaid)
        #expect(tracking.paymentPendingSince == nil)
    }

    @Test func aCustomersOwnCancelIsNotAPaymentLimitCancellation() async throws {
        let world = try await TestWorld.make()
        let order = try await world.engine.placeOrder(try await world.cart(), card: nil, as: world.customer).order
        try await world.engine.cancel(order, as: world.customer)
        #expect(try await world.engine.orderTracking(order, as: world.customer).cancelledUnpaid == false)
    }

    @Test func aQueuedOrderCarriesItsPlaceAndAnotherCustomerMayNotAsk() async throws {
        let outbox = try await OutboxWorld.make()
        try await outbox.engine.setKitchenCapacity(1, for: outbox.world.store, as: outbox.world.owner)
        var orders: [OrderID] = []
        for _ in 0..<3 { orders.append(try await outbox.place().order) }
        _ = try await outbox.worker("w1").runOnce()
        let queued = try await outbox.engine.kitchenQueue(outbox.world.store)
        #expect(queued.count == 2)
        let last = try await outbox.engine.orderTracking(queued[1], as: outbox.world.customer)
        #expect(last.queue?.position == 2 && last.queue?.queueLength == 2)
        let admitted = orders.first { !queued.contains($0) }!
        #expect(try await outbox.engine.orderTracking(admitted, as: outbox.world.customer).queue == nil)
        let stranger = try await outbox.engine.signUp(name: "이영희", role: .customer, password: "younghee-1234")
        await #expect(throws: DeliveryError.refused(.notYourOrder)) {
            _ = try await outbox.engine.orderTracking(queued[1], as: stranger)
        }
    }
}
