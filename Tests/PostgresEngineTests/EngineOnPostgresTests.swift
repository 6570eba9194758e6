import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import PostgresEngine
import Testing

@testable import DeliveryEngine

@Suite("The engine on PostgreSQL", .enabled(if: PostgresServer.isConfigured, PostgresServer.skipNote))
struct EngineOnPostgresTests {
    @Test func theScenarioRunsOnPostgreSQL() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let engine = world.engine
            let order = try await world.paidOrder()
            #expect(try await engine.storeOrders(world.owner, statuses: [.awaitingConfirmation]).map(\.id) == [order])
            try await engine.confirm(order, as: world.owner)
            #expect(try await engine.openJobs().map(\.id) == [order])
            try await engine.acceptJob(order, as: world.rider)
            await #expect(throws: DeliveryError.refused(.jobTaken)) { try await engine.acceptJob(order, as: world.otherRider) }
            try await engine.startDelivery(order, travelMinutes: 20, as: world.owner)
            try await engine.pickUp(order, as: world.rider)
            try await engine.markDelivered(order, as: world.rider)
            world.clock.advance(by: 3600)
            try await engine.review(order, rating: 5, text: "맛있어요", as: world.customer)
            let sales = try await engine.sales(of: world.store, as: world.owner)
            #expect(sales.deliveredOrders == 1)
            #expect(sales.revenue == 14_000)
            #expect(try await engine.notifications(world.customer).isEmpty == false)
            // The log is PostgreSQL's; the private projection's own log table stays empty.
            #expect(try await engine.store.headPosition() > 0)
            #expect(try await engine.local.headPosition() == 0)
        }
    }

    @Test func aSecondProcessSeesTheSameDatabaseAndIsWokenByAnAppend() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let other = try await openPostgresEngine(location, clock: world.clock, seed: 2)
            #expect(other.wakePath != world.engine.wakePath)
            #expect(try await other.stores().map(\.store.name) == ["홍콩반점"])
            // A session on `other` follows changes (it takes a pulse); then no read: its follower
            // catches up on the NOTIFY alone.
            _ = try await other.pulse()
            let order = try await world.paidOrder()
            let head = try await world.engine.headPosition()
            #expect(try await eventually { try await other.projector.checkpoint() == head })
            #expect(try await other.storeOrders(world.owner, statuses: [.awaitingConfirmation]).map(\.id) == [order])
            // The database's time is shared: the second process joined the simulation.
            #expect(other.time.mode == .simulated)
        }
    }

    @Test func theSharedStateIsOneForEveryProcess() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let other = try await openPostgresEngine(location, clock: world.clock, seed: 2)
            let a = WorkerLease(name: "payment-worker", holder: "a", duration: 10, shared: world.engine.shared, clock: world.clock)
            let b = WorkerLease(name: "payment-worker", holder: "b", duration: 10, shared: other.shared, clock: world.clock)
            #expect(try await a.acquire())
            #expect(try await !b.acquire())
            #expect(try await b.current()?.holder == "a")
            world.clock.advance(by: 11)
            #expect(try await b.acquire())
            #expect(try await !a.acquire())
            try await b.release()
            #expect(try await a.acquire())

            let gateway = URL(string: "http://127.0.0.1:8089")!
            try await world.engine.setPaymentGateway(gateway)
            #expect(try await other.paymentGatewaySetting() == gateway)
            try await other.setPaymentGateway(nil)
            #expect(try await world.engine.paymentGatewaySetting() == nil)

            let moved = try await other.advanceSimulatedTime(by: 600)
            await world.engine.followStoredTime()
            #expect(world.engine.clock.now() >= moved)
        }
    }

    @Test func manyLeaseCandidatesOnlyOneHoldsIt() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let other = try await openPostgresEngine(location, clock: world.clock, seed: 2)
            for round in 0..<20 {
                let name = "job-\(round)"
                let held = await withTaskGroup(of: Bool.self) { group in
                    for (index, engine) in [world.engine, other, world.engine, other].enumerated() {
                        group.addTask {
                            let lease = WorkerLease(
                                name: name, holder: "h\(index)", duration: 30, shared: engine.shared, clock: world.clock)
                            return (try? await lease.acquire()) ?? false
                        }
                    }
                    return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
                }
                #expect(held == 1, "round \(round)")
            }
        }
    }
}
