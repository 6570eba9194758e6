import NIOConcurrencyHelpers

/// The sessions open now: enforces the cap, and can tell every one of them to end (draining
/// on SIGTERM).
public final class SessionRegistry: Sendable {
    public let capacity: Int
    private struct State {
        var nextID = 0
        var open: [Int: @Sendable (String) -> Void] = [:]
        var closed = false
    }
    private let state = NIOLockedValueBox(State())

    public init(capacity: Int) { self.capacity = capacity }

    /// Takes a slot, or nil when the server is full or stopping. `end` is how the registry asks
    /// the session to end, with the reason shown to its person.
    func open(end: @escaping @Sendable (String) -> Void) -> Int? {
        state.withLockedValue { state in
            guard !state.closed, state.open.count < capacity else { return nil }
            state.nextID += 1
            state.open[state.nextID] = end
            return state.nextID
        }
    }

    func close(_ id: Int) {
        _ = state.withLockedValue { $0.open.removeValue(forKey: id) }
    }

    public var count: Int { state.withLockedValue { $0.open.count } }

    /// Refuses new sessions and asks every open one to end.
    public func endAll(because reason: String) {
        let ends = state.withLockedValue { state in
            state.closed = true
            return Array(state.open.values)
        }
        for end in ends { end(reason) }
    }
}
