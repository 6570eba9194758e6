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
            configuration.busyMode = .timeout(busyTimeoutSeconds)
            return configuration
        }

        /// Must run on the writer connection after the pool is open: GRDB sets WAL mode when
        /// opening a pool and lowers `synchronous` to NORMAL at the same time, after any
        /// `prepareDatabase` hook has run.
        package func applyDurability(_ db: Database) throws {
            try db.execute(sql: "PRAGMA synchronous = \(synchronous.rawValue)")
        }
    }
}
