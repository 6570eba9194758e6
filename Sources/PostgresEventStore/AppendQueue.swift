import EventStore
import Synchronization

/// Shares `append_events` calls between concurrent appends in one process: group commit.
///
/// Every append takes the log's head lock until its transaction is durable, so appends from one
/// process, one transaction each, would commit one at a time whatever the number of callers.
/// Instead, while one call is on its way, new requests queue here; when it returns, the whole
/// queue goes in the next call, each request in a block of its own on the server so that one
/// refused request (a stale version, a reused id) leaves the others written. A lone append
/// costs what it would alone: one call.
///
/// The call runs in a task of its own, which no caller's cancellation reaches: a caller that is
/// cancelled while its request commits still learns the true outcome, never a "failed" for an
/// append that is durable (a retry would then duplicate it).
///
/// `Request` is what a call is built from: the store queues requests already in the wire
/// format (``EncodedAppend``), so that the loop only joins them.
final class AppendQueue<Request: Sendable>: Sendable {
    private struct WaitingAppend: Sendable {
        let request: Request
        let continuation: CheckedContinuation<AppendResult, any Error>
    }

    private struct Line: Sendable {
        var waiting: [WaitingAppend] = []
        var isCommitting = false
        var largestGroup = 0
        /// Calls sent, and the requests they carried (refused ones included).
        var calls = 0
        var requests = 0
    }

    typealias Send = @Sendable ([Request]) async throws -> [Result<AppendResult, EventStoreError>]

    private let maximumGroupSize: Int
    private let send: Send
    private let line = Mutex(Line())

    init(maximumGroupSize: Int, send: @escaping Send) {
        self.maximumGroupSize = max(1, maximumGroupSize)
        self.send = send
    }

    func append(_ request: Request) async throws -> AppendResult {
        try await withCheckedThrowingContinuation { continuation in
            let startsCommitting = line.withLock { line in
                line.waiting.append(WaitingAppend(request: request, continuation: continuation))
                guard !line.isCommitting else { return false }
                line.isCommitting = true
                return true
            }
            if startsCommitting { Task { await self.commitUntilEmpty() } }
        }
    }

    /// The most requests one call has carried so far.
    var largestGroup: Int { line.withLock { $0.largestGroup } }

    /// Whether a call loop is running (for tests: a lone append after this is sent anew).
    var isSending: Bool { line.withLock { $0.isCommitting } }

    /// Calls sent so far, requests they carried, the largest, and what waits now.
    var statistics: GroupCommitStatistics {
        line.withLock { line in
            var statistics = GroupCommitStatistics()
            statistics.transactions = line.calls
            statistics.appends = line.requests
            statistics.largestGroup = line.largestGroup
            statistics.queued = line.waiting.count
            return statistics
        }
    }

    /// Sends groups until none waits. The group that started the loop is sent from the pool
    /// thread that asked, with no extra hop: a lone caller's latency is what it was. Once
    /// appends queue behind a call, the loop moves to its own thread (``AppendThread``), so
    /// that each answer is followed by the next call at once rather than after the callers it
    /// has just woken.
    private func commitUntilEmpty() async {
        guard await commitNextGroup() else { return }
        if line.withLock({ $0.waiting.isEmpty }) {
            while await commitNextGroup() {}  // a late arrival is sent from here too
            return
        }
        await withTaskExecutorPreference(AppendThread.shared) {
            while await commitNextGroup() {}
        }
    }

    /// Sends the group waiting now and answers its callers; false when none was waiting, and the
    /// loop ends.
    private func commitNextGroup() async -> Bool {
        let group = line.withLock { line in
            let group = Array(line.waiting.prefix(maximumGroupSize))
            line.waiting.removeFirst(group.count)
            if group.isEmpty { line.isCommitting = false }
            line.largestGroup = max(line.largestGroup, group.count)
            if !group.isEmpty {
                line.calls += 1
                line.requests += group.count
            }
            return group
        }
        if group.isEmpty { return false }
        do {
            let outcomes = try await send(group.map(\.request))
            for (append, outcome) in zip(group, outcomes) {
                append.continuation.resume(with: outcome.mapError { $0 as any Error })
            }
        } catch {
            // The call itself failed (the connection dropped, the store closed): nothing of
            // the group was written, and every caller in it learns why.
            for append in group { append.continuation.resume(throwing: error) }
        }
        return true
    }
}
