import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells other processes on this database that something they show changed: the writer's half
/// of the live wake-up (``ChangeWatcher`` is the reader's).
///
/// After a commit, the writer writes a few bytes into a small file beside the database
/// (`baedal.sqlite-wake`); readers watch that file with inotify. The file, not the database:
/// the `-wal` file is written *before* the commit is visible (visibility goes through the
/// memory-mapped `-shm`, which inotify cannot see), so a reader woken by the `-wal` could read
/// too early and then sleep through the change. The wake file is written only after the commit
/// returned, so whoever it wakes reads the new state.
///
/// It wakes, it does not carry: readers still read the log's head and everything after their
/// last position, so a lost or merged wake-up costs latency, never an event. A writer killed
/// between its commit and the write is covered by the readers' slow safety poll.
public final class ChangeSignal: Sendable {
    /// The companion file's suffix, beside SQLite's `-wal` and `-shm`.
    public static let suffix = "-wake"

    /// The wake file of the database at `databasePath`.
    public static func path(forDatabase databasePath: String) -> String { databasePath + suffix }

    public let path: String
    private let descriptor: Int32

    /// Opens (creating it 0600 if needed) the wake file of the database at `databasePath`; nil
    /// when it cannot be opened, and then readers rely on their safety poll.
    public init?(databasePath: String) {
        let path = Self.path(forDatabase: databasePath)
        guard let descriptor = Self.openWakeFile(path) else { return nil }
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Opens the wake file for writing, creating it 0600 if needed. Its mode is changed only when
    /// it is looser than 0600: a `chmod` is an attribute change, which would wake every watcher,
    /// and every process opening the database comes through here.
    static func openWakeFile(_ path: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, PrivateFiles.fileMode)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & 0o777 != PrivateFiles.fileMode {
            fchmod(descriptor, PrivateFiles.fileMode)
        }
        return descriptor
    }

    /// Wakes every watcher. Costs one `pwrite` of eight bytes at offset 0 (the file never grows);
    /// the bytes are the wall time, only so that someone looking at the file sees when it last fired.
    public func signal() {
        LiveTrace.mark("signal")
        defer { LiveTrace.mark("signalled") }
        var stamp = Int64(Date().timeIntervalSince1970 * 1_000_000).littleEndian
        _ = withUnsafeBytes(of: &stamp) { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }
}
