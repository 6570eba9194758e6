import Foundation
import Payments
import Resilience
import Testing
@testable import PaymentGateway

/// A processor that answers from a script, one entry per call, and counts calls.
actor ScriptedProcessor: PaymentProcessor {
    enum Step { case answer(ChargeOutcome), fail(any Error) }
    private var script: [Step]
    private(set) var calls = 0

    init(_ script: [Step]) { self.script = script }

    func charge(_ request: ChargeRequest) async throws -> ChargeOutcome {
        calls += 1
        let step = script.isEmpty ? .answer(.approved(paymentID: "pay_default")) : script.removeFirst()
        switch step {
        case .answer(let outcome): return outcome
        case .fail(let error): throw error
        }
    }

    func refund(_ request: RefundRequest) async throws -> RefundOutcome { .refunded(refundID: "re_1") }
    func findCharge(idempotencyKey: String) async throws -> ChargeOutcome? { nil }
}

/// Records the delays it was asked to sleep and moves the manual clock by them.
final class RecordingSleeper: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Duration] = []
    let clock: ManualClock

    init(clock: ManualClock) { self.clock = clock }

    var delays: [Duration] { lock.withLock { recorded } }

    func sleep(_ duration: Duration) {
        lock.withLock { recorded.append(duration) }
        clock.advance(by: duration)
    }
}

/// Answers approved but takes 3 s of manual time.
actor SlowProcessor: PaymentProcessor {
    let clock: ManualClock
    init(clock: ManualClock) { self.clock = clock }
    func charge(_ request: ChargeRequest) async throws -> ChargeOutcome {
        clock.advance(by: .seconds(3))
        return .approved(paymentID: "pay_slow")
    }
    func refund(_ request: RefundRequest) async throws -> RefundOutcome { .rejected("no") }
    func findCharge(idempotencyKey: String) async throws -> ChargeOutcome? { nil }
}

@Suite("Resilient payment processor")
struct ResilientPaymentProcessorTests {
    static let backoff = Backoff(base: .milliseconds(100), cap: .seconds(1))

    static func resilient(
        _ wrapped: any PaymentProcessor,
        clock: ManualClock,
        sleeper: RecordingSleeper? = nil,
        maxAttempts: Int = 3,
        breaker: CircuitBreaker.Configuration = .init(
            windowSize: 4, minimumCalls: 4, failureRateThreshold: 0.5, openDuration: .seconds(5), halfOpenProbes: 2)
    ) -> ResilientPaymentProcessor {
        let sleeper = sleeper ?? RecordingSleeper(clock: clock)
        return ResilientPaymentProcessor(
            wrapping: wrapped,
            breaker: breaker,
            retryPolicy: RetryPolicy(maxAttempts: maxAttempts, backoff: backoff) { ($0 as? PaymentProcessorError)?.isTransient ?? false },
            random: SeededRandomNumberGenerator(seed: 3),
            now: clock.now,
            sleep: { sleeper.sleep($0) })
    }

    @Test("Transient errors are retried with backoff until an answer comes")
    func retriesTransient() async throws {
        let clock = ManualClock()
        let sleeper = RecordingSleeper(clock: clock)
        let wrapped = ScriptedProcessor([
            .fail(PaymentProcessorError.timedOut), .fail(PaymentProcessorError.serverError(status: 502)),
            .answer(.approved(paymentID: "pay_9")),
        ])
        let processor = Self.resilient(wrapped, clock: clock, sleeper: sleeper)
        #expect(try await processor.charge(Cards.charge(key: "r")) == .approved(paymentID: "pay_9"))
        #expect(await wrapped.calls == 3)
        #expect(sleeper.delays.count == 2)
        for (retry, delay) in sleeper.delays.enumerated() {
            #expect(delay >= .zero && delay <= Self.backoff.ceiling(forRetry: retry))
        }
    }

    @Test("Declines are answers: returned at once, never retried")
    func declinesNotRetried() async throws {
        let clock = ManualClock()
        let wrapped = ScriptedProcessor([.answer(.declined(.insufficientFunds))])
        let processor = Self.resilient(wrapped, clock: clock)
        #expect(try await processor.charge(Cards.charge(key: "d")) == .declined(.insufficientFunds))
        #expect(await wrapped.calls == 1)
    }

    @Test("Non-transient errors are not retried")
    func permanentNotRetried() async throws {
        let clock = ManualClock()
        let wrapped = ScriptedProcessor([.fail(PaymentProcessorError.serverError(status: 400))])
        let processor = Self.resilient(wrapped, clock: clock)
        let error = await processorError { try await processor.charge(Cards.charge(key: "p")) }
        #expect(error == .serverError(status: 400))
        #expect(await wrapped.calls == 1)
        #expect(processor.breakerSnapshot.window.count == 0)  // says nothing about the processor's health
    }

    @Test("Gives up after maxAttempts with the last error")
    func givesUp() async throws {
        let clock = ManualClock()
        let wrapped = ScriptedProcessor(Array(repeating: .fail(PaymentProcessorError.timedOut), count: 5))
        let processor = Self.resilient(wrapped, clock: clock, breaker: .init(windowSize: 20, minimumCalls: 20))
        #expect(await processorError { try await processor.charge(Cards.charge(key: "g")) } == .timedOut)
        #expect(await wrapped.calls == 3)
    }

    @Test("An open circuit refuses at once without calling the processor")
    func openCircuitRefuses() async throws {
        let clock = ManualClock()
        let wrapped = ScriptedProcessor(Array(repeating: .fail(PaymentProcessorError.unavailable("down")), count: 10))
        let processor = Self.resilient(wrapped, clock: clock, maxAttempts: 1)
        for index in 0..<4 {
            _ = await processorError { try await processor.charge(Cards.charge(key: "o\(index)")) }
        }
        #expect(processor.state == .open)
        let callsBefore = await wrapped.calls
        let error = await processorError { try await processor.charge(Cards.charge(key: "o-next")) }
        #expect(error == .circuitOpen(retryAfter: .seconds(5)))
        #expect(await wrapped.calls == callsBefore)
    }

    @Test("Against a real down gateway the circuit opens; after recovery probes close it")
    func opensAndClosesAgainstGateway() async throws {
        try await withGateway(faults: .down) { gateway, http in
            let clock = ManualClock()
            let processor = Self.resilient(http, clock: clock, maxAttempts: 2)

            // Two charges × two attempts = four failures: the window judges and opens.
            for index in 0..<2 {
                let error = await processorError { try await processor.charge(Cards.charge(key: "g\(index)")) }
                guard case .unavailable = error else {
                    Issue.record("expected unavailable, got \(String(describing: error))")
                    return
                }
            }
            #expect(processor.state == .open)
            let refused = await processorError { try await processor.charge(Cards.charge(key: "g-refused")) }
            guard case .circuitOpen(let retryAfter) = refused, let retryAfter else {
                Issue.record("expected circuitOpen with a delay, got \(String(describing: refused))")
                return
            }
            #expect(retryAfter > .zero && retryAfter <= .seconds(5))
            let requestsWhileOpen = await gateway.stats().injectedFaults

            // The gateway recovers; once the open duration has passed, two probes succeed and close the circuit.
            await gateway.setFaults(.healthy)
            clock.advance(by: retryAfter)
            for index in 0..<2 {
                guard case .approved = try await processor.charge(Cards.charge(key: "probe\(index)")) else {
                    Issue.record("probe \(index) not approved")
                    return
                }
            }
            #expect(processor.state == .closed)
            #expect(processor.transitions.map { "\($0.from)→\($0.to)" } == ["closed→open", "open→halfOpen", "halfOpen→closed"])
            #expect(await gateway.stats().injectedFaults == requestsWhileOpen)  // the refused call never reached it
            #expect(await gateway.stats().captured == 2)
        }
    }

    @Test("A failing probe reopens the circuit")
    func failingProbeReopens() async throws {
        let clock = ManualClock()
        let wrapped = ScriptedProcessor(Array(repeating: .fail(PaymentProcessorError.timedOut), count: 10))
        let processor = Self.resilient(wrapped, clock: clock, maxAttempts: 1)
        for index in 0..<4 { _ = await processorError { try await processor.charge(Cards.charge(key: "f\(index)")) } }
        clock.advance(by: .seconds(5))
        #expect(await processorError { try await processor.charge(Cards.charge(key: "probe")) } == .timedOut)
        #expect(processor.state == .open)
        #expect(processor.transitions.map(\.to) == [.open, .halfOpen, .open])
    }

    @Test("Slow answers count against the breaker even when they succeed")
    func slowCallsOpen() async throws {
        let clock = ManualClock()
        let processor = Self.resilient(SlowProcessor(clock: clock), clock: clock)
        for index in 0..<4 { _ = try await processor.charge(Cards.charge(key: "s\(index)")) }
        #expect(processor.state == .open)
        #expect(processor.transitions.first?.reason == .slowCallRate(1))
    }
}
