import Foundation
import Resilience
import Testing

@testable import DeliveryEngine

/// The worker asks its breaker after every charge, so it asks only for what it has not seen.
@Suite("The payment worker's breaker reports")
struct BreakerReportingTests {
    /// A breaker's history, told the way a gateway connection tells it: only the transitions
    /// after the count it is given, and the total.
    final class FlappingBreaker: @unchecked Sendable {
        private let lock = NSLock()
        private var history: [CircuitBreaker.Transition<Duration>] = []
        private var state = CircuitBreaker.State.closed
        private(set) var asked: [(known: Int, handedOut: Int)] = []

        func flap(times: Int) {
            lock.withLock {
                for _ in 0..<times {
                    let opens = state != .open
                    // Each flap's rate is its number, so the record's reasons say which flaps it kept.
                    history.append(
                        .init(
                            from: state, to: opens ? .open : .halfOpen, at: .zero,
                            reason: .failureRate(Double(history.count + 1) / 100)))
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
        #expect(afterTen.map(\.reason.description) == (3...10).map { "failure rate \($0)%" }, "the record keeps the latest 8")

        breaker.flap(times: 1)
        try await worker.runOnce()
        #expect(try await outbox.engine.paymentGatewayTransitions().map(\.reason.description) == (4...11).map { "failure rate \($0)%" })
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

/// The health record's transitions column is read by other processes, and old rows stay in
/// databases: its JSON shape is the one it always had.
@Suite("The stored breaker transitions")
struct StoredBreakerTransitionTests {
    /// A row as builds before the one transition type wrote it.
    static let oldRow = """
        [{"from":"closed","to":"open","at":1764039600.5,"reason":"failure rate 100%"},\
        {"from":"open","to":"halfOpen","at":1764039630,"reason":"open duration elapsed"},\
        {"from":"halfOpen","to":"sideways","at":1764039631,"reason":"from a newer build"}]
        """

    @Test func anOldRowIsReadAndAnUnknownEntrySkipped() async throws {
        let outbox = try await OutboxWorld.make()
        var configuration = PaymentWorker.Configuration(holder: "shape-test")
        configuration.breakerReport = { _ in BreakerReport(state: .open, transitions: []) }
        try await PaymentWorker(engine: outbox.engine, configuration: configuration).runOnce()
        try await outbox.engine.pool.write { db in
            try db.execute(sql: "UPDATE engine_payment_gateway_health SET transitions = ?", arguments: [Self.oldRow])
        }

        let transitions = try await outbox.engine.paymentGatewayTransitions()
        #expect(
            transitions == [
                .init(from: .closed, to: .open, at: Date(timeIntervalSince1970: 1_764_039_600.5), reason: .failureRate(1)),
                .init(from: .open, to: .halfOpen, at: Date(timeIntervalSince1970: 1_764_039_630), reason: .openDurationElapsed),
            ])
    }

    @Test func aWrittenRowHasTheSameShape() async throws {
        let outbox = try await OutboxWorld.make()
        let opened = CircuitBreaker.Transition(from: .closed, to: .open, at: Duration.seconds(1), reason: .slowCallRate(0.8))
        var configuration = PaymentWorker.Configuration(holder: "shape-test")
        configuration.breakerReport = { _ in BreakerReport(state: .open, transitions: [opened], now: .seconds(3)) }
        try await PaymentWorker(engine: outbox.engine, configuration: configuration).runOnce()

        let json = try #require(
            try await outbox.engine.pool.read { db in
                try String.fetchOne(db, sql: "SELECT transitions FROM engine_payment_gateway_health")
            })
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(Set(rows[0].keys) == ["from", "to", "at", "reason"])
        #expect(rows[0]["from"] as? String == "closed" && rows[0]["to"] as? String == "open")
        #expect(rows[0]["reason"] as? String == "slow-call rate 80%")
        let at = try #require(rows[0]["at"] as? Double)
        let now = outbox.world.clock.now().timeIntervalSince1970
        #expect(abs(at - (now - 2)) < 0.001, "placed two seconds before the report, in Unix seconds")
    }
}
