import EventStore
import Foundation
import PostgresEventStore
import Synchronization
import Testing

/// Readers follow the log by position (`readAll(afterPosition:)`), so a position that commits
/// after a higher one would be passed over for good. Here several appenders race, separate
/// `psql` processes and independent stores (each with its own connection pool), while a reader
/// tails the log; it must see every position exactly once, in order, with no gap at any moment.
@Suite(
    "PostgreSQL log: readers never skip a late commit",
    .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipNote)
)
struct GapHuntTests {
    @Test(
        "separate psql processes and independent stores append while a reader tails",
        .enabled(if: PsqlAppender.executable != nil, "psql is not installed, so no separate processes can append")
    )
    func separateProcessesAndStores() async throws {
        let psql = try #require(PsqlAppender.executable)
        try await PostgresTestServer.withScratch { scratch in
            let url = scratch.freshURL()
            let reader = try await scratch.openStore(url, options: .init(maximumConnections: 1))
            // Half the processes call append_one, the function a store's lone requests take.
            let processes = (1...4).map { index in
                PsqlAppender(
                    url: url, stream: "hunt-psql-\(index)", appends: (0..<60).map { 1 + ($0 + index) % 2 },
                    function: index.isMultiple(of: 2) ? "append_one" : "append_events")
            }
            var stores: [PostgresEventStore] = []
            for _ in 1...3 { stores.append(try await scratch.openStore(url, options: .init(maximumConnections: 4))) }
            let storeAppends = (0..<60).map { 1 + $0 % 2 }
            let expected = processes.map(\.eventCount).reduce(0, +) + stores.count * storeAppends.reduce(0, +)

            let tail = Tail()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await tail.follow(reader, until: expected, deadline: .seconds(120)) }
                for process in processes {
                    group.addTask { try await process.run(psql: psql) }
                }
                for (index, store) in stores.enumerated() {
                    group.addTask {
                        // Four appenders per store, so each store's pool appends on several connections at once.
                        try await withThrowingTaskGroup(of: Void.self) { appenders in
                            for lane in 0..<4 {
                                appenders.addTask {
                                    for (number, count) in storeAppends.enumerated() where number % 4 == lane {
                                        _ = try await store.append(
                                            Sample.append(StreamID("hunt-store-\(index)-\(lane)"), .any, Sample.events(count)))
                                    }
                                }
                            }
                            try await appenders.waitForAll()
                        }
                    }
                }
                try await group.waitForAll()
            }

            let seen = tail.positions
            #expect(seen.count == expected)
            #expect(seen == Array(1...Int64(expected)), "the reader skipped or repeated a position")
            #expect(tail.gaps.isEmpty, "a read came back with a gap after \(tail.gaps)")
            #expect(tail.nonEmptyReads > 1, "the reader should have tailed the log while it grew, not read it once at the end")

            // Every stream holds its appender's events at versions 1, 2, 3, … in position order.
            let all = try await reader.everything()
            for stream in Set(all.map(\.streamID)) {
                let versions = all.filter { $0.streamID == stream }.map(\.streamVersion)
                #expect(versions == Array(1...versions.count), "\(stream)")
            }
            #expect(try await reader.headPosition() == Int64(expected))
        }
    }

    /// Follows the log as a projection does: read after the last position seen, again and again.
    final class Tail: Sendable {
        private struct Seen {
            var positions: [Int64] = []
            var gaps: [Int64] = []
            var nonEmptyReads = 0
        }
        private let seen = Mutex(Seen())

        var positions: [Int64] { seen.withLock { $0.positions } }
        var gaps: [Int64] { seen.withLock { $0.gaps } }
        var nonEmptyReads: Int { seen.withLock { $0.nonEmptyReads } }

        func follow(_ store: some EventStore, until count: Int, deadline: Duration) async throws {
            let clock = ContinuousClock()
            let end = clock.now.advanced(by: deadline)
            var last: Int64 = 0
            var total = 0
            while total < count {
                guard clock.now < end else {
                    Issue.record("the reader saw \(total) of \(count) events before the deadline")
                    return
                }
                let page = try await store.readAll(afterPosition: last, limit: 64)
                if page.isEmpty {
                    try await Task.sleep(for: .milliseconds(2))  // pacing between polls; the deadline bounds the wait
                    continue
                }
                seen.withLock { seen in
                    seen.nonEmptyReads += 1
                    if page[0].position != last + 1 { seen.gaps.append(last) }
                    seen.positions += page.map(\.position)
                }
                last = page[page.count - 1].position
                total += page.count
            }
        }
    }
}
