import DeliveryEngine
import Foundation
import Testing

/// The worker asks its breaker after every charge, so it asks only for what it has not seen.
@Suite("The payment worker's breaker reports")
struct BreakerReportingTests {
    /// A breaker's history, told the way a gateway connection tells it: only the transitions
    /// after the count it is given, and the total.
    final class FlappingBreaker: @unchecked Sendable {
        private let lock = NSLock()
        private var history: [BreakerReport.Transition] = []
        private var state = PaymentGatewayHealth.Breaker.closed
        private(set) var asked: [(known: Int, handedOut: Int)] = []

        func flap(times: Int) {
            lock.withLock {
                for _ in 0..<times {
                    let opens = state != .open
                    history.append(.init(from: state, to: opens ? .open : .halfOpen, secondsAgo: 0,
                                         reason: "flap \(history.count + 1)"))
                    state = opens ? .open : .halfOpen
                }
            }
        }

        func report(after known: Int) -> BreakerReport {
            lock.withLock {
                let unseen = Array(history.suffix(max(0, history.count - known)))
                asked.append((known, unseen.count))
                return BreakerReport(state: state, transitions: unseen, transitionCount: history.count)
            }
        }

        var askedLog: [(known: Int, handedOut: Int)] { lock.withLock { asked } }
    }

    @Test func aReportCarriesOnlyTransitionsTheWorkerHasNotSeen() async throws {
        let outbox = try await OutboxWorld.make()
        let breaker = FlappingBreaker()
        var configuration = PaymentWorker.Configuration(holder: "breaker-test")
        configuration.breakerReport = { breaker.report(after: $0) }
        let worker = PaymentWorker(engine: outbox.engine, configuration: configuration)

        try await worker.runOnce()
        #expect(try await outbox.engine.paymentGatewayHealth()?.breaker == .closed)

        breaker.flap(times: 10)
        try await worker.runOnce()
        let afterTen = try await outbox.engine.paymentGatewayTransitions()
        #expect(afterTen.map(\.reason) == (3...10).map { "flap \($0)" }, "the record keeps the latest 8")

        breaker.flap(times: 1)
        try await worker.runOnce()
        #expect(try await outbox.engine.paymentGatewayTransitions().map(\.reason) == (4...11).map { "flap \($0)" })
        #expect(try await outbox.engine.paymentGatewayHealth()?.breaker == .open)

        let log = breaker.askedLog
        #expect(log.map(\.handedOut).reduce(0, +) == 11, "each transition was handed out once")
        #expect(log.last?.known == 10 && log.last?.handedOut == 1, "the last pass was handed the one new transition")
        #expect(zip(log, log.dropFirst()).allSatisfy { $0.known <= $1.known })
    }

    /// The count of pending payments comes from the pass's own batch when the batch held them
    /// all, and from the outbox when it was full.
    @Test func thePendingCountIsWhatThePassLeftUnanswered() async throws {
        let outbox = try await OutboxWorld.make(.down)
        for _ in 0..<3 { _ = try await outbox.place() }
        func pass(batchSize: Int) async throws -> Int? {
            var configuration = PaymentWorker.Configuration(holder: "count-test")
            configuration.batchSize = batchSize
            configuration.breakerReport = { _ in BreakerReport(state: .open, transitions: []) }
            try await PaymentWorker(engine: outbox.engine, configuration: configuration).runOnce()
            return try await outbox.engine.paymentGatewayHealth()?.pendingPayments
        }
        #expect(try await pass(batchSize: 10) == 3, "all three were tried and none answered")
        #expect(try await pass(batchSize: 2) == 3, "a full batch counts the outbox, not itself")
        outbox.processor.set(.healthy)
        #expect(try await pass(batchSize: 10) == 0)
    }
}
