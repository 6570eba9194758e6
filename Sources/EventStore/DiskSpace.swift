import Foundation
import GRDB
#if canImport(Glibc)
    import Glibc
#endif

/// Recognises "the disk is full" among SQLite's failures, so a person reads that, and what
/// was kept, instead of "SQLite error 13".
///
/// SQLite reports a failed write for lack of space as `SQLITE_FULL`; when the space runs out
/// while it syncs, truncates or maps a file, it reports an `SQLITE_IOERR` variant instead, so
/// for those the free space of the disk is looked at: a disk with (almost) nothing free is full.
public enum DiskSpace {
    /// Below this many free bytes, an I/O error on the disk is put down to the disk being full.
    static let nearlyFullBytes: UInt64 = 1 << 20

    /// The error to report for a failure while writing the database at `path`: `diskFull`
    /// when the disk is full, the error itself otherwise.
    public static func translate(_ error: any Error, path: String) -> any Error {
        isDiskFull(error, path: path) ? EventStoreError.diskFull(path: path) : error
    }

    /// Whether `error` means the disk holding `path` is full (or as good as).
    public static func isDiskFull(_ error: any Error, path: String) -> Bool {
        guard let databaseError = error as? DatabaseError else { return false }
        switch databaseError.resultCode {
        case .SQLITE_FULL: return true
        case .SQLITE_IOERR: return (freeBytes(near: path) ?? .max) < nearlyFullBytes
        default: return false
        }
    }

    /// The bytes an unprivileged process may still write on the disk holding `path`.
    static func freeBytes(near path: String) -> UInt64? {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var status = statvfs()
        guard statvfs(folder, &status) == 0 else { return nil }
        return UInt64(status.f_bavail) * UInt64(status.f_frsize)
    }
}
