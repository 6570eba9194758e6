import Foundation
import GRDB

extension SQLiteEventStore {
    /// How hard SQLite works to keep an acknowledged event across a power cut.
    public enum Synchronous: String, Sendable {
        /// Every commit reaches the disk before `append` returns: an acknowledged event is
        /// never lost. The default.
        case full = "FULL"
        /// Commits reach the disk at WAL checkpoints: much faster, but a power cut (not a
        /// crash of baedal) can lose the last acknowledged events. Never corrupts the file.
        case normal = "NORMAL"
        /// Nothing is ever waited for: a power cut or an operating-system crash can lose recent
        /// commits or damage the file. Only for a file that can be rebuilt from elsewhere (a
        /// process's private projection of a log kept on PostgreSQL), never for a log.
        case off = "OFF"
    }

    /// Settings for opening the log. The defaults suit production.
    public struct Options: Sendable {
        /// How long a write waits for another connection (or another process) that holds the
        /// file's write lock before failing.
        public var busyTimeout: Duration
        /// ``Synchronous/full`` unless a benchmark asks otherwise.
        public var synchronous: Synchronous
        /// The most append requests committed in one transaction. 1 turns group commit off
        /// (one transaction per append), which the benchmark uses as a comparison.
        public var maximumGroupSize: Int

        public init(busyTimeout: Duration = .seconds(5), synchronous: Synchronous = .full, maximumGroupSize: Int = 256) {
            self.busyTimeout = busyTimeout
            self.synchronous = synchronous
            self.maximumGroupSize = max(1, maximumGroupSize)
        }

        var busyTimeoutSeconds: TimeInterval {
            let (seconds, attoseconds) = busyTimeout.components
            return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
        }

        /// The GRDB configuration shared by the log and by `RawInsertBaseline`, so that the
        /// benchmark compares like with like.
        package var poolConfiguration: Configuration {
            var configuration = Configuration()
            configuration.label = "baedal"
            configuration.busyMode = .callback(Self.busyWait(upTo: busyTimeoutSeconds))
            return configuration
        }

        /// How long a connection that finds the write lock taken sleeps before it looks again.
        static let busyRetryPause: useconds_t = 500

        /// Waits for another process's write lock in short, even steps until `limit` seconds have
        /// passed since this wait began. SQLite's own busy timeout sleeps 1, 2, 5, 10, 15, 20,
        /// 25… ms between looks, so a process that asks just after another started a 3 ms commit
        /// waits 8 ms, and one behind two such commits 18 ms: when a change wakes several
        /// processes' sessions, they all catch the read models up under that lock at once, and
        /// those sleeps were in the time the change took to show. Looking every half millisecond
        /// costs a few system calls per wait and nothing when nobody waits.
        ///
        /// The limit is time, not a number of looks: on a loaded machine each half-millisecond
        /// sleep overruns, and counting 100 looks for a 50 ms timeout once waited 10 s. SQLite
        /// calls the handler on the thread running the statement, with 0 looks at the start of a
        /// wait, so the wait's start is kept per thread (``BusyWaitStart``).
        static func busyWait(
            upTo limit: TimeInterval, now: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }
        ) -> Database.BusyCallback {
            let limitNanoseconds = UInt64(max(0, limit) * 1e9)
            return { numberOfTries in
                let now = now()
                if numberOfTries == 0 { BusyWaitStart.current = now }
                guard now &- (BusyWaitStart.current ?? now) < limitNanoseconds else { return false }
                usleep(busyRetryPause)
                return true
            }
        }

        /// Must run on the writer connection after the pool is open: GRDB sets WAL mode when
        /// opening a pool and lowers `synchronous` to NORMAL at the same time, after any
        /// `prepareDatabase` hook has run.
        package func applyDurability(_ db: Database) throws {
            try db.execute(sql: "PRAGMA synchronous = \(synchronous.rawValue)")
        }
    }
}

/// When the current thread's wait for SQLite's write lock began (``SQLiteEventStore/Options/busyWait(upTo:now:)``).
enum BusyWaitStart {
    private static let key = "baedal.busyWaitStart"

    static var current: UInt64? {
        get { Thread.current.threadDictionary[key] as? UInt64 }
        set { Thread.current.threadDictionary[key] = newValue }
    }
}
