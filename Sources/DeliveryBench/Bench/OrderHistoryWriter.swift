import DeliveryDomain
import DeliveryEngine
import EventStore
import Foundation

/// Fills a fresh log with weeks of trading, fast: accounts, a few stores with their menus,
/// then order streams played through the deciders (see `OrderStory`) and appended straight
/// to the store in large batches. Going through the engine instead would take hours for a
/// million events, and would measure the engine while building what it is measured against.
struct OrderHistoryWriter {
    let path: String
    let targetEvents: Int
    let synchronous: SQLiteEventStore.Synchronous

    static let storeNames = ["벤치 식당", "홍대 떡볶이", "망원 치킨", "연남 칼국수", "합정 분식"]
    /// The cast grows with the log up to 500 customers and 20 riders, so that even a small
    /// log is mostly orders rather than sign-ups.
    static func customerCount(forEvents events: Int) -> Int { min(500, max(10, events / 20)) }
    static func riderCount(forEvents events: Int) -> Int { min(20, max(2, events / 500)) }
    /// ~3,800 events per transaction: large enough that fsync is noise, small enough that a
    /// batch is cheap to build while the one before it commits.
    static let ordersPerBatch = 500
    static let batchesInFlight = 3

    struct Written: Sendable {
        let events: Int
        let orders: Int
        let seconds: Double
        /// The first store and a customer who has ordered there before, for the measured orders.
        let kitchen: BenchKitchen
    }

    func write() async throws -> Written {
        let (written, elapsed) = try await timed { try await writeAll() }
        return Written(events: written.events, orders: written.orders, seconds: elapsed.seconds, kitchen: written.kitchen)
    }

    private func writeAll() async throws -> (events: Int, orders: Int, kitchen: BenchKitchen) {
        let store = try SQLiteEventStore(path: path, configuration: SQLiteEventStore.Options(synchronous: synchronous))
        // The history ends days ago, so nothing in it is still waiting for a timer today.
        let historyStart = Date().addingTimeInterval(-60 * 86_400)
        let cast = try HistoryCast(
            startingAt: historyStart, customers: Self.customerCount(forEvents: targetEvents),
            riders: Self.riderCount(forEvents: targetEvents))
        var events = try await Self.commit(cast.requests, to: store)

        var orders = 0
        var planned = events
        while planned < targetEvents {
            planned += OrderStory.of(orderNumber: orders).eventCount
            orders += 1
        }
        let spacing = 50 * 86_400 / Double(max(orders, 1))
        let totalOrders = orders
        events += try await withThrowingTaskGroup(of: Int.self, returning: Int.self) { group in
            var written = 0, inFlight = 0
            for first in stride(from: 0, to: totalOrders, by: Self.ordersPerBatch) {
                if inFlight == Self.batchesInFlight {
                    written += try await group.next() ?? 0
                    inFlight -= 1
                }
                let numbers = first..<min(first + Self.ordersPerBatch, totalOrders)
                group.addTask {
                    var requests: [AppendRequest] = []
                    for number in numbers {
                        requests += try OrderStory.of(orderNumber: number).play(
                            order: HistoryCast.orderID(number), cast: cast.cast(forOrder: number),
                            placedAt: historyStart.addingTimeInterval(Double(number) * spacing),
                            lines: cast.lines(forOrder: number))
                    }
                    return try await Self.commit(requests, to: store)
                }
                inFlight += 1
            }
            for try await count in group { written += count }
            return written
        }
        try store.pool.close()
        return (events, orders, cast.benchKitchen)
    }

    /// Appends the requests in one transaction; any refusal means the generator broke a rule
    /// of the log, and a benchmark on a log that is not what it claims would be worthless.
    private static func commit(_ requests: [AppendRequest], to store: SQLiteEventStore) async throws -> Int {
        for result in try await store.appendBatch(requests) {
            if case .failure(let refusal) = result { throw BenchFailure("the generated history was refused: \(refusal)") }
        }
        return requests.reduce(0) { $0 + $1.events.count }
    }
}
