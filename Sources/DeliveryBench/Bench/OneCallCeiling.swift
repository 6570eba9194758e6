import EventStore
import Foundation
import PostgresEventStore

/// The most one process can append on this server with one `append_events` call at a time,
/// whatever its own cost: one client sends groups shaped like the engine's, back to back, each
/// group one call, for a fixed time.
///
/// A process's appends share one call at a time (group commit), and a call holds the log's
/// head lock from its first statement to its commit. So the engine's rate at a level, over
/// this ceiling measured with that level's group size, says how much of the bound the engine
/// reaches; the ceiling over the raw baseline says how far the design could go against plain
/// inserts in that hour, however cheap the client.
///
/// A group is half placements and half payment outcomes, as the engine's are: a placement
/// starts a new order stream with two events and three conditions on shared streams (a store,
/// its admission, its stock), and an outcome adds one event to an order the call before
/// placed.
struct OneCallCeiling {
    struct Result: Codable, Sendable {
        /// The engine level it was measured after.
        let clients: Int
        /// Requests per call, as the engine's level grouped them.
        let groupSize: Int
        let calls: Int
        let seconds: Double
        let requestsPerSecond: Double
        let callLatency: LatencySummary
    }

    let url: PostgresURL

    /// The level's mean requests per call, rounded: the size of every group sent.
    static func groupSize(after level: OrderLoadRun.Level) -> Int {
        max(1, Int(level.groupCommit.appendsPerTransaction.rounded()))
    }

    /// Measures for `seconds` on a fresh log in `url`'s schema (created here, dropped by the
    /// caller with the run's other scratch schemas).
    func measure(after level: OrderLoadRun.Level, seconds: Double) async throws -> Result {
        let groupSize = Self.groupSize(after: level)
        let store = try await PostgresEventStore.connect(to: url, options: .init(maximumConnections: 2))
        do {
            let result = try await measure(on: store, clients: level.clients, groupSize: groupSize, seconds: seconds)
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }

    private func measure(on store: PostgresEventStore, clients: Int, groupSize: Int, seconds: Double) async throws -> Result {
        let shared = ["store-ceiling", "admission-ceiling", "stock-ceiling"].map { StreamID($0) }
        for stream in shared {
            _ = try await store.append(AppendRequest(stream: stream, expectedVersion: .noStream, events: [event()], recordedAt: Date()))
        }
        let conditions = shared.map { AppendCondition(stream: $0, version: 1) }
        // A group of one (one client) places in one call and pays in the next, as that client
        // does; a larger group places half of it and pays for what the call before placed.
        let placements = (groupSize + 1) / 2
        // One unmeasured call first: the connection prepares the statement once, as the
        // engine's connections have long done by the time a level is measured.
        var placed = try await call(store, placing: placements, paying: [], conditions: conditions)
        var latency = LatencyRecorder()
        let started = ContinuousClock.now
        let end = started + .milliseconds(Int(seconds * 1000))
        var calls = 0
        var requests = 0
        while ContinuousClock.now < end {
            let sent = ContinuousClock.now
            let paying = placed
            let placing = groupSize == 1 && paying.count == 1 ? 0 : placements
            placed = try await call(store, placing: placing, paying: paying, conditions: conditions)
            latency.record(ContinuousClock.now - sent)
            calls += 1
            requests += placing + paying.count
        }
        let elapsed = (ContinuousClock.now - started).seconds
        return Result(
            clients: clients, groupSize: groupSize, calls: calls, seconds: elapsed,
            requestsPerSecond: Double(requests) / max(elapsed, 0.001), callLatency: latency.summary)
    }

    /// One call: `placing` new orders, and an outcome for each order in `paying`. Returns the
    /// orders it placed.
    private func call(
        _ store: PostgresEventStore, placing: Int, paying: [StreamID], conditions: [AppendCondition]
    ) async throws -> [StreamID] {
        let now = Date()
        let orders = (0..<placing).map { _ in StreamID("order-\(UUID().uuidString.lowercased())") }
        let placements = orders.map {
            AppendRequest(
                stream: $0, expectedVersion: .noStream, events: [event(), event()], recordedAt: now, conditions: conditions)
        }
        let outcomes = paying.map {
            AppendRequest(stream: $0, expectedVersion: .exactly(2), events: [event()], recordedAt: now)
        }
        _ = try await store.appendAll(placements + outcomes)
        return orders
    }

    private func event() -> NewEvent {
        NewEvent(
            eventID: UUID(), type: "OrderPlaced", schemaVersion: 1, payload: PostgresAppendBench.payload,
            metadata: EventMetadata(actor: "bench"))
    }
}
