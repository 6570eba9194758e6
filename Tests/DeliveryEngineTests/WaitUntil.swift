import Testing

/// Polls `condition` until it holds, failing at a deadline rather than hanging: for a state
/// that another thread or task reaches (a worker yielding, a password thread taken).
func waitUntil(_ what: String, within limit: Duration = .seconds(20), _ condition: () -> Bool) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: limit)
    while !condition() {
        guard clock.now < deadline else {
            Issue.record("Timed out waiting until \(what)")
            throw CancellationError()
        }
        try await Task.sleep(for: .milliseconds(1))
    }
}
