import EventStore
import Synchronization

/// When a read of a shared log's projection may skip asking the server what is new.
///
/// Every read of the read models first catches the projection up to the log's head. On
/// PostgreSQL that is a round trip even when nothing is new, and a screen re-reading after a
/// change makes several: the largest share of a live update's time, and of the server's work
/// with many sessions. But this process already hears of every change: other processes' appends
/// through the follower's notifications, its own through the store. So a read trusts the
/// projection when, since the last catch-up that read the server,
/// - no wake-up has reached the follower (every announced change was taken in), and
/// - no append of this process has finished (read-your-writes: a script's `show` after its
///   `order` sees the order).
///
/// Until the follower has taken in its first wake-up (the one sent once it listens), nothing is
/// trusted. If the listening connection is down, other machines' appends reach reads at the
/// next safety poll (5 s) instead of at once; the rules never depend on read models, so this
/// delays what a screen shows and decides nothing.
final class ReadTrust: Sendable {
    /// What had been announced and appended when a catch-up began to read the server.
    struct Mark: Sendable {
        fileprivate let wakeUps: UInt64
        fileprivate let appends: UInt64
    }

    private struct State {
        var wakeUps: UInt64 = 0
        /// The newest marks of catch-ups that finished, each counter on its own (both only grow,
        /// and the checkpoint only moves forward, so every finished catch-up's coverage holds).
        var takenIn: (wakeUps: UInt64, appends: UInt64)? = nil
    }

    private let state = Mutex(State())
    private let store: any CountsOwnAppends

    init(store: any CountsOwnAppends) {
        self.store = store
    }

    /// The follower was woken: something may be new at the server.
    func wokenUp() {
        state.withLock { $0.wakeUps += 1 }
    }

    /// Taken just before a catch-up reads the server.
    func mark() -> Mark {
        let appends = store.finishedAppends
        return state.withLock { Mark(wakeUps: $0.wakeUps, appends: appends) }
    }

    /// Taken just before the events a wake-up carried are applied. They cover every change
    /// announced so far (notifications come in commit order, and the events continue the
    /// projection up to the newest announced head), but not this process's own appends that
    /// finished meanwhile, whose notifications may still be on their way: those are left for a
    /// catch-up that reads the server.
    func markAnnounced() -> Mark {
        state.withLock { Mark(wakeUps: $0.wakeUps, appends: 0) }
    }

    /// A catch-up that began at `mark` finished: everything it covers is in the projection.
    func caughtUp(from mark: Mark) {
        state.withLock { state in
            guard mark.wakeUps > 0 else { return }  // before the follower's first wake-up
            let previous = state.takenIn ?? (0, 0)
            state.takenIn = (max(previous.wakeUps, mark.wakeUps), max(previous.appends, mark.appends))
        }
    }

    /// True when nothing was announced or appended since a finished catch-up began.
    var projectionIsCurrent: Bool {
        let appends = store.finishedAppends
        return state.withLock { state in
            guard let takenIn = state.takenIn else { return false }
            return takenIn.wakeUps == state.wakeUps && takenIn.appends == appends
        }
    }
}
