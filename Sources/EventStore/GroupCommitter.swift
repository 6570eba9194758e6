import Foundation
import GRDB
import Synchronization

/// Shares write transactions between concurrent appends.
///
/// With `synchronous = FULL` each commit waits for the disk, and that wait, not the SQL,
/// bounds throughput. So while one transaction is committing, new requests queue here; when
/// it finishes, the whole queue commits in the next transaction. Each request is decided
/// before it writes anything (``StreamAppend/decidedAlone(_:in:path:versions:)``), so one refused
/// request (a stale expected version, a reused id) writes nothing and leaves the others
/// untouched. Every caller gets its own result once its transaction is durable.
///
/// A lone append costs what a raw insert costs: one hop to the writer's queue and one back.
/// The queue is a lock, not an actor, so nothing hops to an actor first, and the transaction
/// is scheduled with GRDB's callback API, which no task cancellation reaches: a caller that is
/// cancelled while its request commits still learns the true outcome, never a "failed" for
/// an append that is durable (a retry would then duplicate it).
final class GroupCommitter: Sendable {
    private struct WaitingAppend: Sendable {
        let request: AppendRequest
        let continuation: CheckedContinuation<AppendResult, any Error>
    }

    private struct Line: Sendable {
        var waiting: [WaitingAppend] = []
        /// True from the moment a group is scheduled on the writer until the queue is empty.
        var isCommitting = false
        var committingCount = 0
        var statistics = GroupCommitStatistics()
    }

    private let pool: DatabasePool
    private let path: String
    private let maximumGroupSize: Int
    /// Runs after every commit that stored at least one event: wakes the other processes.
    private let afterCommit: @Sendable () -> Void
    private let line = Mutex(Line())

    init(pool: DatabasePool, path: String, maximumGroupSize: Int, afterCommit: @escaping @Sendable () -> Void = {}) {
        self.pool = pool
        self.path = path
        self.maximumGroupSize = maximumGroupSize
        self.afterCommit = afterCommit
    }

    /// Queues the request and returns once the transaction carrying it has committed.
    ///
    /// Cancelling the caller does not withdraw a queued request: it may already be durable,
    /// and the caller then learns its result as usual.
    func append(_ request: AppendRequest) async throws -> AppendResult {
        try await withCheckedThrowingContinuation { continuation in
            let startsCommitting = line.withLock { line in
                line.waiting.append(WaitingAppend(request: request, continuation: continuation))
                guard !line.isCommitting else { return false }
                line.isCommitting = true
                return true
            }
            if startsCommitting { scheduleNextGroup() }
        }
    }

    /// Commits the requests in one transaction of their own, not shared with the queue.
    func commitTogether(_ requests: [AppendRequest]) async throws -> [Result<AppendResult, EventStoreError>] {
        let path = self.path
        let outcomes: [Result<AppendResult, EventStoreError>]
        do {
            outcomes = try await pool.writeWithoutTransaction { db in
                try Self.commit(requests, in: db, path: path)
            }
        } catch {
            throw DiskSpace.translate(error, path: path)
        }
        line.withLock { $0.statistics.recordCommit(ofGroupSize: requests.count) }
        if Self.storedAny(outcomes) { afterCommit() }
        return outcomes
    }

    /// Commits the requests in one transaction of their own, all or none: the first refusal
    /// rolls the transaction back and is thrown.
    func commitAllOrNothing(_ requests: [AppendRequest]) async throws -> [AppendResult] {
        let path = self.path
        let results: [AppendResult]
        do {
            results = try await pool.writeWithoutTransaction { db in
                var results: [AppendResult] = []
                try db.inTransaction(.immediate) {
                    var versions = StreamVersions()
                    results = try requests.map { try StreamAppend.apply($0, in: db, path: path, versions: &versions) }
                    return .commit
                }
                return results
            }
        } catch {
            throw DiskSpace.translate(error, path: path)
        }
        line.withLock { $0.statistics.recordCommit(ofGroupSize: requests.count) }
        afterCommit()
        return results
    }

    func currentStatistics() -> GroupCommitStatistics {
        line.withLock { line in
            var snapshot = line.statistics
            snapshot.queued = line.waiting.count
            snapshot.committing = line.committingCount
            return snapshot
        }
    }

    /// Each group is its own turn on the writer's queue, so the projector's and the settings'
    /// writes queued meanwhile are not starved by a steady stream of appends.
    private func scheduleNextGroup() {
        pool.asyncWriteWithoutTransaction { [self] db in commitNextGroup(db) }
    }

    /// Runs on the writer's queue. Requests arriving while this commits pile up in `waiting`
    /// and form the next group.
    private func commitNextGroup(_ db: Database) {
        let group = line.withLock { line in
            let group = Array(line.waiting.prefix(maximumGroupSize))
            line.waiting.removeFirst(group.count)
            line.committingCount = group.count
            return group
        }
        let path = self.path
        let committed = Result { try Self.commit(group.map(\.request), in: db, path: path) }
        let more = line.withLock { line in
            line.committingCount = 0
            if case .success = committed { line.statistics.recordCommit(ofGroupSize: group.count) }
            line.isCommitting = !line.waiting.isEmpty
            return line.isCommitting
        }
        switch committed {
        case .success(let outcomes):
            if Self.storedAny(outcomes) { afterCommit() }
            for (append, outcome) in zip(group, outcomes) {
                append.continuation.resume(with: outcome.mapError { $0 as any Error })
            }
        case .failure(let error):
            // The transaction itself failed (disk full, I/O error, lock timeout, a closed
            // pool): nothing of the group was written, and every caller in it learns why.
            let reported = DiskSpace.translate(error, path: path)
            for append in group { append.continuation.resume(throwing: reported) }
        }
        if more { scheduleNextGroup() }
    }

    /// Whether a commit stored anything worth waking readers for (a group whose every request
    /// was refused wrote nothing).
    private static func storedAny(_ outcomes: [Result<AppendResult, EventStoreError>]) -> Bool {
        outcomes.contains { if case .success = $0 { true } else { false } }
    }

    private static func commit(
        _ requests: [AppendRequest], in db: Database, path: String
    ) throws -> [Result<AppendResult, EventStoreError>] {
        var outcomes: [Result<AppendResult, EventStoreError>] = []
        // IMMEDIATE takes the write lock before reading any version, so that another
        // process writing the same file makes this one wait (busy timeout) instead of
        // failing with SQLITE_BUSY when a read transaction tries to become a write one.
        try db.inTransaction(.immediate) {
            // One request or many, the same way: a refused request has written nothing, so
            // committing what the others wrote is all there is to do.
            var versions = StreamVersions()
            outcomes = try requests.map { try StreamAppend.decidedAlone($0, in: db, path: path, versions: &versions) }
            return .commit
        }
        return outcomes
    }
}
