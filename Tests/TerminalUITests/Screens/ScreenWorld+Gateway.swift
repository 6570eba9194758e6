import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Resilience
@testable import TerminalUI

/// The seeded world with a payment worker that has reported the gateway's health, as a worker in
/// another process would: a real ``PaymentWorker`` pass on the simulated clock, charging through
/// a processor that never answers, so pending payments stay pending and the report names the
/// breaker state the test asks for.
extension ScreenWorld {
    /// A processor whose breaker refuses every call, as the HTTP gateway's does while open.
    struct UnansweringProcessor: PaymentProcessor {
        func charge(_ request: ChargeRequest) async throws -> ChargeOutcome {
            throw PaymentProcessorError.circuitOpen(retryAfter: nil)
        }
        func refund(_ request: RefundRequest) async throws -> RefundOutcome {
            throw PaymentProcessorError.circuitOpen(retryAfter: nil)
        }
        func findCharge(idempotencyKey: String) async throws -> ChargeOutcome? {
            throw PaymentProcessorError.circuitOpen(retryAfter: nil)
        }
    }

    /// The breaker's history as the gateway connection would report it `secondsAgo` before the pass.
    static func breakerReport(_ state: CircuitBreaker.State, openedSecondsAgo: TimeInterval = 65) -> BreakerReport {
        // The breaker's time line: it opened at zero and reports `openedSecondsAgo` later.
        let now = Duration.milliseconds(Int64(openedSecondsAgo * 1000))
        let opened = CircuitBreaker.Transition(from: .closed, to: .open, at: Duration.zero, reason: .failureRate(1))
        switch state {
        case .closed:
            return BreakerReport(state: .closed, transitions: [], now: now)
        case .open:
            return BreakerReport(state: .open, transitions: [opened], now: now)
        case .halfOpen:
            return BreakerReport(
                state: .halfOpen,
                transitions: [
                    opened, .init(from: .open, to: .halfOpen, at: now - .seconds(2), reason: .openDurationElapsed),
                ], now: now)
        }
    }

    /// Runs one pass of a payment worker whose breaker is in `state`, at `time` (then puts the
    /// clock back at ``now``), so the health record says so. The same holder every time, so a
    /// later pass renews the lease instead of standing by.
    func reportGatewayHealth(
        _ state: CircuitBreaker.State, at time: String = "2026-11-25 12:00",
        openedSecondsAgo: TimeInterval = 65
    ) async throws {
        at(time)
        let engine = try await DeliveryEngine.open(
            path: path,
            options: DeliveryEngine.Options(
                clock: clock, ids: .seeded(13), payments: UnansweringProcessor(), hasher: .fastForTests, queuesPayments: true))
        var configuration = PaymentWorker.Configuration(holder: "screen-test-worker")
        let report = Self.breakerReport(state, openedSecondsAgo: openedSecondsAgo)
        configuration.breakerReport = { _ in report }
        try await PaymentWorker(engine: engine, configuration: configuration).runOnce()
        clock.set(Self.now)
    }
}
