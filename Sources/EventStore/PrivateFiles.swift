import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A baedal database holds password hashes, order histories and payout accounts, so only the
/// user who runs baedal may read it: folders baedal creates are 0700 and its files 0600,
/// whatever the umask.
///
/// SQLite creates a database's `-wal`, `-shm` and `-journal` files with the database file's own
/// mode (it `fchmod`s them), so creating the database file 0600 before SQLite opens it makes
/// the companions private too, without touching the process-wide umask.
public enum PrivateFiles {
    /// rwx for the owner only.
    public static let directoryMode: mode_t = 0o700
    /// rw for the owner only.
    public static let fileMode: mode_t = 0o600
    /// The files SQLite may keep beside a database at `path`, and baedal's wake file.
    public static let databaseSuffixes = ["", "-wal", "-shm", "-journal", ChangeSignal.suffix]

    /// Creates the folder (and any missing parents) as 0700. Folders that already exist are
    /// left as they are: they may be the user's home or a shared folder baedal must not change.
    public static func createDirectory(_ url: URL) throws {
        var missing: [URL] = []
        var current = url.standardizedFileURL
        while !FileManager.default.fileExists(atPath: current.path), current.path != "/" {
            missing.append(current)
            current = current.deletingLastPathComponent()
        }
        for directory in missing.reversed() {
            if mkdir(directory.path, directoryMode) != 0, errno != EEXIST {
                throw lastFailure("cannot create the folder \(directory.path)")
            }
            // mkdir's mode is filtered by the umask; the folder must not be.
            chmod(directory.path, directoryMode)
        }
    }

    /// Creates an empty database file as 0600 if there is none, and narrows the modes of an
    /// existing database and its companion files to 0600 when they are looser and belong to
    /// this user. Files of another user are left alone (SQLite then refuses or reads them as
    /// their permissions allow).
    public static func prepareDatabaseFile(at path: String) throws {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, fileMode)
        if descriptor >= 0 {
            // open's mode is filtered by the umask; the file must be exactly 0600.
            fchmod(descriptor, fileMode)
            close(descriptor)
        } else if errno != EEXIST {
            throw lastFailure("cannot create the file")
        }
        for suffix in databaseSuffixes { narrowToOwner(path + suffix) }
    }

    /// Removes a database and every file kept beside it (``databaseSuffixes``), so that a
    /// scratch database leaves nothing behind: a wake file outlives its database otherwise.
    public static func removeDatabase(at path: String) {
        for suffix in databaseSuffixes { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Sets the file's mode to 0600 if it is looser and this user owns it.
    public static func narrowToOwner(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
            status.st_uid == geteuid(), status.st_mode & 0o077 != 0
        else { return }
        chmod(path, fileMode)
    }

    /// A new private folder with an unpredictable name under the temporary folder
    /// (`mkdtemp`, so 0700 and never an existing one), named `<prefix>-<pid>-XXXXXX`. Folders of
    /// the same prefix left by processes that were killed are removed first (``AbandonedScratch``).
    public static func makeScratchDirectory(
        prefix: String, under folder: URL = FileManager.default.temporaryDirectory
    ) throws -> URL {
        AbandonedScratch.remove(prefix: prefix, under: folder)
        let base = folder.appendingPathComponent(AbandonedScratch.namePrefix(prefix) + "XXXXXX").path
        var template = Array(base.utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!).map { String(cString: $0) } }
        guard let path = made else { throw lastFailure("cannot create a private folder in \(base)") }
        chmod(path, directoryMode)
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Removes a scratch folder, even while its process is still writing into it (a signal's
    /// cleanup runs beside the work it interrupts). Removing in place can lose that race: a file
    /// created between listing the folder and removing it (SQLite's `-wal`) fails the removal
    /// and leaves the folder behind. Renamed first, the folder is out of reach of every path the
    /// process would still open, and what is already open goes with it. A folder left renamed by
    /// a process killed mid-way keeps its `<prefix>-<pid>-` name, so the next sweep takes it.
    public static func removeScratchDirectory(_ url: URL) {
        let removing = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + "-removing")
        let target = rename(url.path, removing.path) == 0 ? removing : url
        try? FileManager.default.removeItem(at: target)
    }

    /// What the system said about the last failed call, in words.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    static func lastFailure(_ what: String) -> Failure {
        Failure(description: "\(what): \(String(cString: strerror(errno)))")
    }
}
