import Foundation
import GRDB

/// Shares write transactions between concurrent appends.
///
/// With `synchronous = FULL` each commit waits for the disk, and that wait, not the SQL,
/// bounds throughput. So while one transaction is committing, new requests queue here; when
/// it finishes, the whole queue commits in the next transaction, each request in its own
/// SAVEPOINT so that one refused request (a stale expected version, a reused id) leaves the
/// others untouched. Every caller gets its own result once its transaction is durable.
actor GroupCommitter {
    private struct WaitingAppend {
        let request: AppendRequest
        let continuation: CheckedContinuation<AppendResult, any Error>
    }

    private let pool: DatabasePool
    private let path: String
    private let maximumGroupSize: Int
    private var waiting: [WaitingAppend] = []
    private var isCommitting = false
    private var committingCount = 0
    private var statistics = GroupCommitStatistics()

    init(pool: DatabasePool, path: String, maximumGroupSize: Int) {
        self.pool = pool
        self.path = path
        self.maximumGroupSize = maximumGroupSize
    }

    /// Queues the request and returns once the transaction carrying it has committed.
    ///
    /// Cancelling the caller does not withdraw a queued request: it may already be durable,
    /// and the caller then learns its result as usual.
    func append(_ request: AppendRequest) async throws -> AppendResult {
        try await withCheckedThrowingContinuation { continuation in
            waiting.append(WaitingAppend(request: request, continuation: continuation))
            if !isCommitting {
                isCommitting = true
                Task { await commitWhileWaiting() }
            }
        }
    }

    /// Commits the requests in one transaction of their own, not shared with the queue.
    func commitTogether(_ requests: [AppendRequest]) async throws -> [Result<AppendResult, EventStoreError>] {
        let outcomes = try await Self.commit(requests, to: pool, path: path)
        statistics.recordCommit(ofGroupSize: requests.count)
        return outcomes
    }

    func currentStatistics() -> GroupCommitStatistics {
        var snapshot = statistics
        snapshot.queued = waiting.count
        snapshot.committing = committingCount
        return snapshot
    }

    /// Runs while anything waits. The actor is free while a transaction commits, so requests
    /// arriving meanwhile pile up in `waiting` and form the next group.
    private func commitWhileWaiting() async {
        while !waiting.isEmpty {
            let group = Array(waiting.prefix(maximumGroupSize))
            waiting.removeFirst(group.count)
            committingCount = group.count
            defer { committingCount = 0 }
            do {
                let outcomes = try await Self.commit(group.map(\.request), to: pool, path: path)
                statistics.recordCommit(ofGroupSize: group.count)
                for (append, outcome) in zip(group, outcomes) {
                    append.continuation.resume(with: outcome.mapError { $0 as any Error })
                }
            } catch {
                // The transaction itself failed (disk full, I/O error, lock timeout): nothing
                // of the group was written, and every caller in it learns why.
                for append in group {
                    append.continuation.resume(throwing: error)
                }
            }
        }
        isCommitting = false
    }

    private static func commit(
        _ requests: [AppendRequest], to pool: DatabasePool, path: String
    ) async throws -> [Result<AppendResult, EventStoreError>] {
        try await pool.writeWithoutTransaction { db in
            var outcomes: [Result<AppendResult, EventStoreError>] = []
            // IMMEDIATE takes the write lock before reading any version, so that another
            // process writing the same file makes this one wait (busy timeout) instead of
            // failing with SQLITE_BUSY when a read transaction tries to become a write one.
            try db.inTransaction(.immediate) {
                outcomes = try requests.map { try StreamAppend.applyInSavepoint($0, in: db, path: path) }
                return .commit
            }
            return outcomes
        }
    }
}
