import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Scratch folders whose process is gone.
///
/// A command removes its scratch folder when it ends, and on SIGINT or SIGTERM; a process that
/// is killed outright (SIGKILL, a terminal closed under `baedal demo`, a test harness ending a
/// tmux session) cannot, and its folder (a database of demo orders, a rebuilt read model) would
/// stay in the temporary folder for good. So each scratch folder's name carries its process id
/// (`<prefix>-<pid>-XXXXXX`), and a process making a new one first removes those of processes
/// that no longer exist.
///
/// Only folders this user owns are touched, never a symbolic link, and never one whose process
/// may still run (signalling it answers anything but "no such process"; a reused pid keeps the
/// folder a while longer, which errs on the safe side).
enum AbandonedScratch {
    /// The name a new scratch folder of this process starts with.
    static func namePrefix(_ prefix: String, pid: pid_t = getpid()) -> String {
        "\(prefix)-\(pid)-"
    }

    /// Removes the folders `<prefix>-<pid>-…` under `base` whose process is gone; returns how
    /// many it removed.
    @discardableResult
    static func remove(prefix: String, under base: URL) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base.path) else { return 0 }
        var removed = 0
        for name in names {
            guard let pid = owningProcess(of: name, prefix: prefix), !isRunning(pid) else { continue }
            let path = base.appendingPathComponent(name).path
            guard isOwnFolder(path) else { continue }
            if (try? FileManager.default.removeItem(atPath: path)) != nil { removed += 1 }
        }
        return removed
    }

    /// The pid in `<prefix>-<pid>-…`, or nil when the name is not one of these.
    static func owningProcess(of name: String, prefix: String) -> pid_t? {
        guard name.hasPrefix(prefix + "-") else { return nil }
        let rest = name.dropFirst(prefix.count + 1)
        guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0 else { return nil }
        return pid
    }

    private static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    private static func isOwnFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR && status.st_uid == geteuid()
    }
}
