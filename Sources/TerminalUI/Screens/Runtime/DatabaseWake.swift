import EventStore

/// The shared database's change watcher, as the run loop's wake source: a session sleeps until
/// a key, a resize or a commit by anyone on the same database.
@MainActor
public final class DatabaseWake: WakeSource {
    private let watcher: ChangeWatcher

    /// Nil where the platform has no inotify; the session then polls.
    public init?(databasePath: String) {
        guard let watcher = ChangeWatcher(databasePath: databasePath) else { return nil }
        self.watcher = watcher
    }

    public var descriptor: Int32 { watcher.descriptor }

    public func drain() { watcher.drain() }
}
