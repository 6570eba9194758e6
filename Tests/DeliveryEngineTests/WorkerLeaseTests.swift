import DeliveryDomain
import Foundation
import Testing

@testable import DeliveryEngine

@Suite("The worker lease")
struct WorkerLeaseTests {
    @Test func oneHolderAtATimeAndATakeoverOnceItStopsRenewing() async throws {
        let outbox = try await OutboxWorld.make()
        let clock = outbox.world.clock
        let a = WorkerLease(name: "payment-worker", holder: "a", duration: 10, pool: outbox.engine.pool, clock: clock)
        let b = WorkerLease(name: "payment-worker", holder: "b", duration: 10, pool: outbox.engine.pool, clock: clock)
        #expect(try await a.acquire())
        #expect(try await !b.acquire())
        clock.advance(by: 8)
        #expect(try await a.acquire())  // renewed: good until t=18
        clock.advance(by: 8)
        #expect(try await !b.acquire())
        // a dies: it renews no more; once its lease runs out, b takes over and a cannot come back.
        clock.advance(by: 3)
        #expect(try await b.acquire())
        #expect(try await !a.acquire())
        #expect(try await b.current()?.holder == "b")
    }

    @Test func twoWorkersInTwoEnginesOnOneFileOnlyOneCharges() async throws {
        let outbox = try await OutboxWorld.make()
        let second = try await OutboxWorld.openEngine(
            outbox.world.path, clock: outbox.world.clock,
            processor: outbox.processor, seed: 99)
        let first = outbox.worker("first")
        let standby = outbox.worker("standby", engine: second)
        let orders = try await [outbox.place(), outbox.place(), outbox.place()].map(\.order)

        async let p1 = first.runOnce()
        async let p2 = standby.runOnce()
        let passes = try await [p1, p2]
        #expect(passes.filter(\.leading).count == 1)
        #expect(passes.map(\.paid).reduce(0, +) == 3)
        for order in orders { #expect(outbox.processor.captures[order.rawValue] == 1) }

        // The leader stops renewing (killed); past the lease the standby takes over the outbox.
        let leader = passes[0].leading ? first : standby
        let other = passes[0].leading ? standby : first
        let late = try await outbox.place()
        #expect(try await !other.runOnce().leading)
        outbox.world.clock.advance(by: leader.configuration.leaseSeconds + 1)
        let takeover = try await other.runOnce()
        #expect(takeover.leading && takeover.paid == 1)
        #expect(try await !leader.runOnce().leading)
        #expect(outbox.processor.captures[late.order.rawValue] == 1)
    }
}
