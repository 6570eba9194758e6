import EventStore
import Synchronization

/// Another store's log, looked at before every read by position: to count the reads, or to
/// refuse them from a position on, as a process killed in the middle of a catch-up stops.
final class WatchedLog: EventStore, Sendable {
    let log: any EventStore
    /// Reads by position so far.
    let readsByPosition = Atomic<Int>(0)
    /// Reads after this position fail, as if the process had gone.
    let readable = Mutex<Int64>(.max)

    init(_ log: any EventStore) { self.log = log }

    func append(_ request: AppendRequest) async throws -> AppendResult { try await log.append(request) }
    func appendAll(_ requests: [AppendRequest]) async throws -> [AppendResult] { try await log.appendAll(requests) }
    func readStream(_ stream: StreamID, fromVersion: Int) async throws -> [RecordedEvent] {
        try await log.readStream(stream, fromVersion: fromVersion)
    }
    func readAll(afterPosition: Int64, limit: Int) async throws -> [RecordedEvent] {
        readsByPosition.add(1, ordering: .relaxed)
        guard afterPosition < readable.withLock({ $0 }) else { throw CancellationError() }
        return try await log.readAll(afterPosition: afterPosition, limit: limit)
    }
    func headPosition() async throws -> Int64 { try await log.headPosition() }
    func streamVersion(_ stream: StreamID) async throws -> Int { try await log.streamVersion(stream) }
}
