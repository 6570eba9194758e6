import DeliveryDomain
import Foundation
import Synchronization

/// The engine's clock: the database's time, live or simulated (``TimeMode``).
///
/// - Live: the wall clock, never earlier than the newest time this process has recorded or
///   handed out, so recorded times never run backwards even if the system clock steps back.
/// - Simulated: a ``SimulatedClock`` that follows the time stored in the file. A script moves
///   it with ``DeliveryEngine/setSimulatedTime(_:)`` and ``DeliveryEngine/advanceSimulatedTime(by:)``;
///   every other process on the file picks the new time up when it next refreshes.
public final class DatabaseTime: EngineClock {
    public let mode: TimeMode
    /// The simulated clock (nil when live). Tests and the demo move it directly too.
    public let simulated: SimulatedClock?
    private let wall: any EngineClock
    private let floor: Mutex<Date>

    init(mode: TimeMode, simulated: SimulatedClock?, wall: any EngineClock = SystemClock(), floor: Date) {
        self.mode = mode
        self.simulated = simulated
        self.wall = wall
        self.floor = Mutex(floor)
    }

    public func now() -> Date {
        if let simulated { return simulated.now() }
        let wallNow = wall.now()
        return floor.withLock { floor in
            if wallNow > floor { floor = wallNow }
            return floor
        }
    }

    /// Moves a simulated clock forward to `stored`, the file's time, if another process moved it.
    func follow(_ stored: Date) {
        guard let simulated, stored > simulated.now() else { return }
        simulated.set(stored)
    }

    /// How far ahead of the wall clock a live database's newest event may be before opening
    /// refuses: enough for two processes' clocks to disagree a little, far too little for a
    /// simulated story that ran days ahead.
    public static let liveSkewAllowance: TimeInterval = 5 * 60
}

/// What a process asks of the database's time when it opens it.
public enum TimeRequest: Sendable {
    /// The wall clock on a live or fresh database; a simulated database's own time otherwise
    /// (sessions, workers, `serve`, scripts with no clock).
    case wallClock
    /// A simulated clock this process drives itself (the demo, a test). On a fresh database this
    /// makes it simulated; on a live one it is refused. A script's --clock is not this: it opens
    /// with ``simulatedContinuing`` and then sets the time by the rule, so it cannot go back.
    case simulated(SimulatedClock)
    /// A simulated clock that continues from the database's stored time, or starts now on a
    /// fresh database (a script that says `clock` or `advance` but gave no --clock).
    case simulatedContinuing
}
