/// Takes turns on a hot stream within this process.
///
/// Optimistic concurrency is right when writers rarely meet. On a rush for a limited dish a
/// thousand placements meet on a few stock shards: each append decided on the same version
/// loses to the first one of its commit group, reloads and tries again, and most of the work is
/// thrown away. Queuing the writers of one stream in this process turns that storm into a line:
/// each decides on the state its predecessor left, and its append succeeds at the first try.
/// Other processes still meet through the expected version, as before.
package actor StreamTurns {
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]
    private var busy: Set<String> = []

    package init() {}

    /// Runs `body` when it is this caller's turn on `stream`, first come first served.
    package func take<T: Sendable>(_ stream: String, _ body: @Sendable () async throws -> T) async throws -> T {
        if busy.contains(stream) {
            await withCheckedContinuation { waiting[stream, default: []].append($0) }
        } else {
            busy.insert(stream)
        }
        defer { handOver(stream) }
        return try await body()
    }

    /// The next caller in line gets the turn; with nobody waiting the stream is free.
    private func handOver(_ stream: String) {
        if var line = waiting[stream], !line.isEmpty {
            let next = line.removeFirst()
            waiting[stream] = line.isEmpty ? nil : line
            next.resume()
        } else {
            busy.remove(stream)
        }
    }
}
