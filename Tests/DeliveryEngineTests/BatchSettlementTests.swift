import DeliveryDomain
import EventStore
import Foundation
import Payments
import Synchronization
import Testing

@testable import DeliveryEngine

/// ``DeliveryEngine/settlePayments(_:recordingAtOnce:)``: many requests charged in one call and
/// their outcomes recorded in one all-or-none append; an order that moved meanwhile makes the
/// batch record each order on its own, so nothing is lost and nothing is recorded twice.
@Suite("Settling payments in batches")
struct BatchSettlementTests {
    /// The sandbox, with a hook run while a batch is "on its way" to the processor.
    final class InterruptedProcessor: PaymentProcessor {
        let sandbox: SandboxCardProcessor
        let duringBatch = Mutex<(@Sendable () async -> Void)?>(nil)
        init(clock: SimulatedClock) { sandbox = SandboxCardProcessor(now: { clock.now() }) }
        var unansweredCharges: UnansweredChargePolicy { .leavePending }
        func charge(_ request: ChargeRequest) async throws -> ChargeOutcome { try await sandbox.charge(request) }
        func refund(_ request: RefundRequest) async throws -> RefundOutcome { try await sandbox.refund(request) }
        func findCharge(idempotencyKey: String) async throws -> ChargeOutcome? {
            try await sandbox.findCharge(idempotencyKey: idempotencyKey)
        }
        func charge(all requests: [ChargeRequest]) async throws -> [Result<ChargeOutcome, any Error>] {
            if let hook = duringBatch.withLock({ $0 }) { await hook() }
            var results: [Result<ChargeOutcome, any Error>] = []
            for request in requests { results.append(.success(try await sandbox.charge(request))) }
            return results
        }
    }

    static func world() async throws -> (TestWorld, DeliveryEngine, InterruptedProcessor) {
        let world = try await TestWorld.make()
        let processor = InterruptedProcessor(clock: world.clock)
        let engine = try await DeliveryEngine.open(
            path: world.path,
            options: .init(
                clock: world.clock, ids: .seeded(31), payments: processor, hasher: .fastForTests, synchronous: .normal,
                queuesPayments: true))
        return (world, engine, processor)
    }

    @Test func aBatchIsChargedAndEachOrderRecordedOnce() async throws {
        let (world, engine, _) = try await Self.world()
        var orders: [OrderID] = []
        for _ in 0..<5 {
            orders.append(try await engine.placeOrder(try await world.cart(), card: TestWorld.goodCard, as: world.customer).order)
        }
        let head = try await engine.headPosition()
        let answers = await engine.settlePayments(orders)
        #expect(answers.map(\.order) == orders)
        #expect(answers.allSatisfy { if case .success(.paid) = $0.result { true } else { false } })
        let recorded = try await engine.store.readAll(afterPosition: head, limit: 100)
        #expect(recorded.map(\.type) == Array(repeating: "PaymentApproved", count: 5))
        #expect(Set(recorded.map(\.streamID)).count == 5, "one approval on each order")
        for order in orders { #expect(try await engine.orderState(order).status == .awaitingConfirmation) }
    }

    @Test func anOrderCancelledWhileItsBatchWasChargedIsRefundedAndTheRestArePaid() async throws {
        let (world, engine, processor) = try await Self.world()
        var orders: [OrderID] = []
        for _ in 0..<4 {
            orders.append(try await engine.placeOrder(try await world.cart(), card: TestWorld.goodCard, as: world.customer).order)
        }
        let first = orders[0]
        processor.duringBatch.withLock { hook in
            hook = { try? await engine.cancel(first, as: world.customer) }
        }
        let answers = await engine.settlePayments(orders)
        #expect(answers.count == 4)
        let cancelled = try await engine.orderState(first)
        #expect(cancelled.status == .cancelled)
        #expect(cancelled.refund != nil, "the late approval is recorded and given straight back")
        for order in orders.dropFirst() {
            let state = try await engine.orderState(order)
            #expect(state.status == .awaitingConfirmation && state.refund == nil)
        }
        // Settled again, nothing more is recorded: each outcome is on its order once.
        let head = try await engine.headPosition()
        _ = await engine.settlePayments(orders)
        #expect(try await engine.headPosition() == head)
    }
}
