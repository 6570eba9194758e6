import EventStore
import Foundation
import Synchronization

/// This process's read models of a shared log: a private SQLite file in a fresh temporary
/// folder, filled from the log by position and deleted with the engine.
///
/// It is a cache of the log, never a source of rules (see docs/postgres-engine.md): commands
/// decide on streams read from the log itself, and every read of the read models catches the
/// projection up to the log's head first, as on SQLite.
///
/// After each wake-up from the backend it catches up, then touches the file's wake file, so a
/// session watching ``DeliveryEngine/wakePath`` with a `ChangeWatcher` wakes as on SQLite.
final class LocalProjection: Sendable {
    let file: SQLiteEventStore
    let folder: URL
    private let changes: LogWakeUps
    private let following = Mutex<Task<Void, Never>?>(nil)
    /// What the following task shares with the projection. The task holds this, never the
    /// projection itself: letting go of the engine then lets go of the projection, whose
    /// ``deinit`` ends the task, and with it the listener's connection and the store's pool. (It
    /// once held the projection, which held the task: every engine a process let go stayed
    /// listening until the process ended.)
    private let followerState = FollowerState()

    /// Wake-ups the follower has finished with, for tests that wait for one.
    var wakeUpsTaken: Int { followerState.wakeUpsTaken.load(ordering: .acquiring) }

    private init(file: SQLiteEventStore, folder: URL, changes: LogWakeUps) {
        self.file = file
        self.folder = folder
        self.changes = changes
    }

    /// A fresh, empty projection. Its own log table stays empty: the events are the shared log's.
    static func create(log: any EventStore, changes: LogWakeUps) async throws -> LocalProjection {
        // Private, and removed by the next process to make one should this one be killed.
        let folder = try PrivateFiles.makeScratchDirectory(prefix: "baedal-projection")
        // Disposable, so nothing need ever reach the disk (`synchronous = OFF`): the file lives
        // and dies with this process, which is its only reader and writer, and a process that
        // starts again makes a new one from the shared log. A power cut can at worst damage a
        // file that nobody will open again. Even NORMAL would fsync at every WAL checkpoint,
        // inside a catch-up a session is waiting for.
        let file = try SQLiteEventStore(
            path: folder.appendingPathComponent("read-models.sqlite").path, configuration: .init(synchronous: .off))
        try await file.pool.write { db in
            try ReadModelSchema.prepare(db)
            try SQLiteSharedState.prepare(db)
        }
        return LocalProjection(file: file, folder: folder, changes: changes)
    }

    /// Takes in every wake-up until the engine goes: applies the events it carried when they
    /// continue the projection, and otherwise catches `projector` up by position; beside that,
    /// reads the payment worker's report from `shared` unless the wake-up was only appends (a
    /// worker notifies when its breaker changes state, and so does every other change of
    /// shared state). Then it wakes this process's sessions, whose pulse reads both here (the
    /// projection's checkpoint as the head, and ``report``) instead of asking the server again.
    /// An append small enough to ride in its notification thus reaches the sessions with no
    /// round trip at all. Until a session here takes a pulse (``sessionsFollow()``), it only
    /// tells reads that something may be new (``ReadTrust``), and they catch up themselves.
    func follow(_ projector: Projector, shared: any SharedEngineState) {
        let (changes, file, followerState) = (changes, file, followerState)
        let task = Task {
            for await _ in changes.arrivals {
                guard let wakeUp = changes.take() else { continue }
                defer { followerState.wakeUpsTaken.add(1, ordering: .releasing) }
                LiveTrace.mark("notified")
                projector.trust?.wokenUp()  // reads ask the server again until this is taken in
                // With no session here, nobody waits for the projection: the next read takes in
                // whatever came, in one batch, as on SQLite, where read models move when they
                // are read. A process that only appends (a benchmark, a drill, the payment
                // worker's, a script) spent half its CPU projecting, one by one, appends it had
                // just written, and a safety poll made it read back thousands of events.
                guard followerState.sessionsAreFollowing.load(ordering: .acquiring) else { continue }
                if let head = wakeUp.ownAppendsUpTo, !wakeUp.sharedStateMayHaveChanged {
                    // This process's own appends and nothing else: taken in from what it kept
                    // (nothing decoded or read; a catch-up when it kept too little).
                    if (try? await projector.applyOwn(upTo: head)) != true { _ = try? await projector.catchUp() }
                    file.signalChange()
                    continue
                }
                let readsReport = wakeUp.sharedStateMayHaveChanged || followerState.lastReport.withLock { $0 == nil }
                async let report = readsReport ? shared.healthRow() : nil
                // A failed catch-up (the server gone a moment) is retried at the next wake-up,
                // at the latest the safety poll's; reads catch up on their own anyway.
                if (try? await projector.apply(carried: wakeUp.carried)) == true {
                    LiveTrace.mark("carried")
                } else {
                    _ = try? await projector.catchUp()
                }
                do {
                    let row = try await report  // nil, no worker ever reported, is an answer too
                    if readsReport { followerState.lastReport.withLock { $0 = .some(row) } }
                } catch {
                    // Kept as it was; the next wake-up reads it again.
                }
                LiveTrace.mark("projected")
                file.signalChange()
            }
        }
        following.withLock { $0 = task }
    }

    /// A session in this process follows changes (it took a pulse): from now on take in every
    /// wake-up as it comes, so its screens see changes at once, starting with a catch-up and a
    /// read of the worker's report for what came before.
    func sessionsFollow() {
        guard !followerState.sessionsAreFollowing.exchange(true, ordering: .acquiringAndReleasing) else { return }
        changes.post(.readEverything)
    }

    /// The payment worker's report as of the follower's last catch-up; nil (the outer optional)
    /// until the follower has read one.
    var report: SharedHealthRow?? { followerState.lastReport.withLock { $0 } }

    /// Shared between the projection and its following task.
    private final class FollowerState: Sendable {
        /// The payment worker's report as the follower read it with its last catch-up; nil (the
        /// outer optional) before the first.
        let lastReport = Mutex<SharedHealthRow??>(nil)
        /// Set once a session in this process has taken a pulse (``sessionsFollow()``): from
        /// then on the follower takes in every wake-up, for its screens; before, reads catch up
        /// themselves.
        let sessionsAreFollowing = Atomic<Bool>(false)
        let wakeUpsTaken = Atomic<Int>(0)
    }

    deinit {
        following.withLock { $0?.cancel() }
        PrivateFiles.removeScratchDirectory(folder)
    }
}
