/// The last N calls a circuit breaker judges by: a ring buffer that keeps running counts,
/// so recording a call and reading the rates are O(1).
///
/// A count-based window (rather than time-based) judges the same amount of evidence whether traffic is
/// a trickle or a flood, which suits a delivery app whose load swings between night and lunch peaks.
public struct CallWindow: Sendable, Equatable {
    public struct Call: Sendable, Equatable {
        public var failed: Bool
        public var slow: Bool
    }

    public let capacity: Int
    private var calls: [Call] = []
    private var nextSlot = 0
    public private(set) var failureCount = 0
    public private(set) var slowCount = 0

    public init(capacity: Int) {
        precondition(capacity > 0, "a call window holds at least one call")
        self.capacity = capacity
        calls.reserveCapacity(capacity)
    }

    /// Calls currently in the window (at most `capacity`).
    public var count: Int { calls.count }

    /// Share of calls in the window that failed, 0 when empty.
    public var failureRate: Double { calls.isEmpty ? 0 : Double(failureCount) / Double(calls.count) }

    /// Share of calls in the window that were slow, 0 when empty.
    public var slowCallRate: Double { calls.isEmpty ? 0 : Double(slowCount) / Double(calls.count) }

    /// Adds a call, pushing out the oldest once full.
    public mutating func append(_ call: Call) {
        if calls.count < capacity {
            calls.append(call)
        } else {
            let evicted = calls[nextSlot]
            if evicted.failed { failureCount -= 1 }
            if evicted.slow { slowCount -= 1 }
            calls[nextSlot] = call
        }
        nextSlot = (nextSlot + 1) % capacity
        if call.failed { failureCount += 1 }
        if call.slow { slowCount += 1 }
    }

    /// Forgets every call: each state judges only calls made in it.
    public mutating func removeAll() {
        calls.removeAll(keepingCapacity: true)
        nextSlot = 0
        failureCount = 0
        slowCount = 0
    }
}
