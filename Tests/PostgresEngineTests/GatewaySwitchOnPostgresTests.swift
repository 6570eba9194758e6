import DeliveryDomain
import EventStore
import Foundation
import PostgresEngine
import Synchronization
import Testing

@testable import DeliveryEngine
@testable import PostgresEventStore

/// Leaving a payment gateway is refused while it still owes the log a payment. On PostgreSQL the
/// check (in this process's projection) and the write are one transaction holding the log's head
/// row, so a payment appended by another process while the switch decides cannot slip in unseen.
@Suite(
    "PostgreSQL: the gateway switch decides with appends held off",
    .enabled(if: PostgresServer.isConfigured, PostgresServer.skipNote)
)
struct GatewaySwitchOnPostgresTests {
    @Test func aPaymentAppendedWhileTheSwitchDecidesWaitsForItAndIsNeverStranded() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let gateway = URL(string: "http://127.0.0.1:8089")!
            try await world.engine.setPaymentGateway(gateway)
            // Another process whose card payments wait for the gateway's worker (none runs here).
            var options = DeliveryEngine.Options(clock: world.clock, ids: .seeded(7), hasher: .fastForTests, queuesPayments: true)
            options.backend = PostgresBackend(options: .init(maximumConnections: 8), safetyPoll: .seconds(5))
            let placer = try await DeliveryEngine.open(path: location, options: options)
            let log = try #require(world.engine.store as? PostgresEventStore)
            let (cart, customer) = (try await world.cart(), world.customer)

            // The switch, with a placement started in the middle of its decision: after the head
            // row is locked, before the projection catches up and counts.
            var change = world.engine.paymentGatewayChange(to: nil)
            let catchUp = change.catchUp
            let placing = Mutex<Task<OrderID, any Error>?>(nil)
            let decidedAt = Mutex<Int64>(-1)
            let placementWaited = Mutex(false)
            change.catchUp = { head in
                decidedAt.withLock { $0 = head }
                let task = Task { try await placer.placeOrder(cart, card: PostgresWorld.goodCard, as: customer).order }
                placing.withLock { $0 = task }
                let waited = try await eventually(within: .seconds(20)) { try await appendsWaitingOnALock(log) > 0 }
                placementWaited.withLock { $0 = waited }
                try await catchUp(head)
            }
            let refusal = try await world.engine.shared.changeSetting(change)
            #expect(refusal == nil, "nothing was owed when the switch decided")
            #expect(placementWaited.withLock { $0 }, "the placement's append committed while the switch was deciding")
            let order = try await #require(placing.withLock { $0 }).value

            // The payment was appended after the switch committed: above the head it decided at,
            // so no payment the old gateway owed existed when it was written.
            let head = decidedAt.withLock { $0 }
            let orderEvents = try await log.readStream(Streams.order(order), fromVersion: 1)
            #expect(!orderEvents.isEmpty)
            #expect(orderEvents.allSatisfy { $0.position > head })
            #expect(try await world.engine.paymentGatewaySetting() == nil)

            // The other order: with that payment unanswered, a gateway turned on may not be left.
            try await world.engine.setPaymentGateway(gateway)
            await #expect(throws: DeliveryError.self) { try await world.engine.setPaymentGateway(nil) }
            #expect(try await world.engine.paymentGatewaySetting() == gateway)
        }
    }
}

/// Backends of this database waiting on a lock inside `append_events`: an append held off by
/// a transaction that holds the log's head row.
func appendsWaitingOnALock(_ log: PostgresEventStore) async throws -> Int {
    var count = 0
    let rows = try await log.connectionPool.query(
        """
        SELECT count(*)::bigint FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%append_events(%'
        """)
    for try await waiting in rows.decode(Int64.self) { count = Int(waiting) }
    return count
}
