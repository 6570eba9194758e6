import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Testing

@Suite("Outbox payments and the payment worker")
struct PaymentOutboxTests {
    @Test func checkoutReturnsPendingAndTheWorkerChargesAfterRecovery() async throws {
        let outbox = try await OutboxWorld.make(.down)
        let checkout = try await outbox.place()
        guard case .pending = checkout.payment else {
            Issue.record("expected pending, got \(String(describing: checkout.payment))"); return
        }
        let worker = outbox.worker("w1")

        let down = try await worker.runOnce()
        #expect(down.leading && down.stillPending == 1)
        let waiting = try await outbox.engine.orderState(checkout.order)
        #expect(waiting.status == .awaitingPayment)
        #expect(try await outbox.engine.storeOrders(outbox.world.owner, statuses: [.awaitingConfirmation]).isEmpty)
        let mine = try await outbox.engine.history(outbox.world.customer)
        #expect(mine.first?.paymentNote == "payment pending")

        outbox.processor.set(.healthy)
        let up = try await worker.runOnce()
        #expect(up.paid == 1)
        #expect(try await outbox.engine.orderState(checkout.order).status == .awaitingConfirmation)
        #expect(try await outbox.engine.pendingPayments().isEmpty)
        // Another pass finds nothing to do and charges nothing again.
        _ = try await worker.runOnce()
        #expect(outbox.processor.captures == [checkout.order.rawValue: 1])
    }

    @Test func aLostAnswerIsReconciledByKeyNotChargedAgain() async throws {
        let outbox = try await OutboxWorld.make(.chargeThenTimeOut)
        let checkout = try await outbox.place()
        let pass = try await outbox.worker("w1").runOnce()
        #expect(pass.paid == 1)
        #expect(outbox.processor.captures == [checkout.order.rawValue: 1])
        #expect(try await outbox.engine.orderState(checkout.order).payment != nil)
    }

    @Test func pastTheLimitANeverChargedOrderIsCancelledAfterReconciliation() async throws {
        let outbox = try await OutboxWorld.make(.down)
        let checkout = try await outbox.place()
        let worker = outbox.worker("w1", limitMinutes: 10)
        outbox.world.clock.advance(by: 11 * 60)
        // The processor cannot be asked: the order keeps waiting rather than be cancelled blind.
        let blind = try await worker.runOnce()
        #expect(blind.expired == 0 && blind.stillPending == 1)
        #expect(try await outbox.engine.orderState(checkout.order).status == .awaitingPayment)

        outbox.processor.set(.healthy)
        let pass = try await worker.runOnce()
        #expect(pass.expired == 1)
        let state = try await outbox.engine.orderState(checkout.order)
        #expect(state.status == .cancelled)
        #expect(state.cancellation?.by == .system)
        #expect(state.cancellation?.reason.contains("payment could not be completed") == true)
        #expect(state.refund == nil)
        #expect(outbox.processor.captures.isEmpty)
        let notes = try await outbox.engine.notifications(outbox.world.customer)
        #expect(notes.contains { $0.message(in: .english).contains("payment could not be completed") })
        #expect(notes.contains { $0.message(in: .korean).contains("결제가 제시간에 끝나지 않아") })
    }

    @Test func pastTheLimitAChargeThatLandedIsRecordedNotCancelled() async throws {
        let outbox = try await OutboxWorld.make(.healthy)
        let checkout = try await outbox.place()
        let state = try await outbox.engine.orderState(checkout.order)
        // The charge landed at the processor but the answer never reached the log.
        _ = try await outbox.processor.charge(
            ChargeRequest(
                idempotencyKey: state.pendingPayment!.idempotencyKey, amount: 17_000,
                token: CardToken(token: state.pendingPayment!.card.token, brand: .visa, last4: "4242", expiryMonth: 12, expiryYear: 2030),
                reference: checkout.order.rawValue))
        outbox.world.clock.advance(by: 11 * 60)
        let pass = try await outbox.worker("w1").runOnce()
        #expect(pass.paid == 1 && pass.expired == 0)
        #expect(try await outbox.engine.orderState(checkout.order).status == .awaitingConfirmation)
        #expect(outbox.processor.captures == [checkout.order.rawValue: 1])
    }

    @Test func expiringBeforeTheLimitIsRefused() async throws {
        let outbox = try await OutboxWorld.make(.healthy)
        let checkout = try await outbox.place()
        outbox.world.clock.advance(by: 60)
        await #expect(throws: DeliveryError.self) {
            _ = try await outbox.engine.expirePayment(checkout.order, limitSeconds: 600)
        }
    }
}
