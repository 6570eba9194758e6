import EventStore
import Foundation
import Synchronization
import Testing

@testable import PostgresEventStore

/// Where the PostgreSQL store's group commit sends its calls from, with the server replaced by
/// a `send` that records each call and holds the first one until the test lets it go.
@Suite("The append queue's call loop")
struct AppendQueueTests {
    /// A call as `send` saw it: how many requests, and whether it ran on the append thread.
    struct Call: Equatable {
        let requests: Int
        let onAppendThread: Bool
    }

    /// Records calls; the first waits until `release()`.
    final class Server: Sendable {
        let calls = Mutex<[Call]>([])
        private let held = Mutex<CheckedContinuation<Void, Never>?>(nil)
        private let released = Mutex(false)

        func send(_ requests: [AppendRequest]) async -> [Result<AppendResult, EventStoreError>] {
            let first = calls.withLock { calls in
                calls.append(Call(requests: requests.count, onAppendThread: AppendThread.isCurrent))
                return calls.count == 1
            }
            if first {
                await withCheckedContinuation { continuation in
                    let goesOn = released.withLock { released in
                        if !released { held.withLock { $0 = continuation } }
                        return released
                    }
                    if goesOn { continuation.resume() }
                }
            }
            return requests.indices.map { .success(AppendResult(streamVersion: 1, firstPosition: Int64($0), lastPosition: Int64($0))) }
        }

        func release() {
            released.withLock { $0 = true }
            held.withLock { $0 }?.resume()
        }
    }

    @Test func aLoneAppendIsSentWhereItWasAskedAndAQueueFromTheAppendThread() async throws {
        let server = Server()
        let queue = AppendQueue(maximumGroupSize: 64) { await server.send($0) }
        let request = Sample.append("order-1", .any, [Sample.event()])

        // One caller: its call is sent from the pool, and is held there.
        let first = Task { try await queue.append(request) }
        try await waitUntil("the first call is on its way") { server.calls.withLock { $0.count } == 1 }
        // Three more queue behind it, then the first call returns.
        let behind = (0..<3).map { _ in Task { try await queue.append(request) } }
        try await waitUntil("three appends wait") { queue.statistics.queued == 3 }
        server.release()
        _ = try await first.value
        for task in behind { _ = try await task.value }

        // Later, once the loop has ended, a lone caller again.
        try await waitUntil("the loop has ended") { !queue.isSending }
        _ = try await queue.append(request)

        #expect(
            server.calls.withLock { $0 } == [
                Call(requests: 1, onAppendThread: false),
                Call(requests: 3, onAppendThread: true),
                Call(requests: 1, onAppendThread: false),
            ])
        #expect(queue.statistics.transactions == 3)
        #expect(queue.statistics.appends == 5)
    }

    /// Polls `condition` until it holds, failing after 30 seconds: a deadline only for a loop that
    /// never ends (a loaded CI machine once stalled this suite for more than five).
    private func waitUntil(_ what: String, _ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("timed out waiting until \(what)")
                throw CancellationError()
            }
            try await Task.sleep(for: .milliseconds(1))
        }
    }
}
