import EventStore
import Foundation
import Synchronization

/// A place other than a SQLite file where the log and the shared state live (PostgreSQL): given
/// to ``DeliveryEngine/Options/backend`` so that the engine itself never imports a driver.
public protocol EngineBackend: Sendable {
    /// True when `location` (what `--db` says) is this backend's, e.g. a `postgres://` URL.
    func accepts(_ location: String) -> Bool
    /// Connects, checks or creates the schema, and starts listening for changes.
    func open(_ location: String) async throws -> OpenedBackend
}

/// A connected backend, as the engine uses it.
public struct OpenedBackend: Sendable {
    /// The shared event log.
    public let log: any EventStore
    /// The lease, settings, health and time, shared by every process on the log.
    public let shared: any SharedEngineState
    /// The wake-ups: someone appended or changed shared state (bursts folded), the listener
    /// reconnected, or the slow safety poll came round. The engine then applies the events a
    /// wake-up carries when they continue its projection, and otherwise catches it up by
    /// position. Ending the iteration of its arrivals stops the listener.
    public let changes: LogWakeUps

    public init(log: any EventStore, shared: any SharedEngineState, changes: LogWakeUps) {
        self.log = log
        self.shared = shared
        self.changes = changes
    }
}

/// The backends every ``DeliveryEngine/open(path:options:)`` in this process may use when its
/// options name none: the executable registers PostgreSQL once at start, so that every command
/// (the drills and benchmarks too, which open their own engines) takes a `postgres://` location.
public enum EngineBackends {
    private static let registered = Mutex<[any EngineBackend]>([])

    public static func register(_ backend: any EngineBackend) {
        registered.withLock { $0.append(backend) }
    }

    /// The first registered backend that accepts `location`; nil: a SQLite file.
    static func backend(for location: String) -> (any EngineBackend)? {
        registered.withLock { backends in backends.first { $0.accepts(location) } }
    }
}
