import Foundation
import Synchronization

/// Where the engine learns the time. Rules never read a clock: the engine reads this one
/// and puts the instant into the command.
public protocol EngineClock: Sendable {
    func now() -> Date
}

public struct SystemClock: EngineClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that moves only when told: scripts, the demo and tests run on it.
public final class SimulatedClock: EngineClock {
    private let current: Mutex<Date>

    public init(_ start: Date) { current = Mutex(start) }

    public func now() -> Date { current.withLock { $0 } }

    public func set(_ instant: Date) { current.withLock { $0 = instant } }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
