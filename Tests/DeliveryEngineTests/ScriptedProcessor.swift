import Foundation
import Payments
import Synchronization

/// A card processor under the test's control: up, down, or charging and then losing the answer.
/// It keeps every charge by idempotency key, as a real processor does, so a test can count them.
final class ScriptedProcessor: PaymentProcessor {
    enum Mode: Sendable { case healthy, down, chargeThenTimeOut }

    struct Ledger {
        var mode: Mode = .healthy
        var charges: [String: ChargeOutcome] = [:]
        /// Charge attempts that moved money, per key: must never exceed 1.
        var captures: [String: Int] = [:]
        var calls = 0
    }

    let ledger = Mutex(Ledger())

    init(_ mode: Mode = .healthy) { ledger.withLock { $0.mode = mode } }

    func set(_ mode: Mode) { ledger.withLock { $0.mode = mode } }
    var captures: [String: Int] { ledger.withLock { $0.captures } }
    var calls: Int { ledger.withLock { $0.calls } }

    func charge(_ request: ChargeRequest) async throws -> ChargeOutcome {
        try ledger.withLock { ledger in
            ledger.calls += 1
            if ledger.mode == .down { throw PaymentProcessorError.unavailable("test: down") }
            if let known = ledger.charges[request.idempotencyKey] { return known }
            let outcome = ChargeOutcome.approved(paymentID: "pay_test_\(ledger.charges.count + 1)")
            ledger.charges[request.idempotencyKey] = outcome
            ledger.captures[request.reference, default: 0] += 1
            if ledger.mode == .chargeThenTimeOut { throw PaymentProcessorError.timedOut }
            return outcome
        }
    }

    func refund(_ request: RefundRequest) async throws -> RefundOutcome {
        throw PaymentProcessorError.unavailable("test: refunds not scripted")
    }

    func findCharge(idempotencyKey: String) async throws -> ChargeOutcome? {
        try ledger.withLock { ledger in
            if ledger.mode == .down { throw PaymentProcessorError.unavailable("test: down") }
            return ledger.charges[idempotencyKey]
        }
    }
}
