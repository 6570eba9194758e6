import Foundation

/// Where a test run's files go: a folder per test process under the temporary directory. Only
/// tests depend on this module.
///
/// A test often cannot delete its files when it ends (an engine or a child process may still
/// hold a database, and Swift Testing has no hook after the last test), so each run removes the
/// folders of runs whose process is gone instead: files never pile up in the temporary
/// directory, not even after a run that was killed.
public enum TestScratch {
    public static let folder: URL = {
        let files = FileManager.default
        let root = files.temporaryDirectory.appendingPathComponent("baedal-tests", isDirectory: true)
        for name in (try? files.contentsOfDirectory(atPath: root.path)) ?? [] {
            guard let pid = Int32(name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? files.removeItem(at: root.appendingPathComponent(name, isDirectory: true))
        }
        let mine = root.appendingPathComponent(String(getpid()), isDirectory: true)
        try? files.createDirectory(at: mine, withIntermediateDirectories: true)
        return mine
    }()

    /// A path in this run's folder for a file or folder named `prefix`, then a fresh UUID,
    /// then `suffix`; nothing is created.
    public static func path(_ prefix: String, suffix: String = "") -> String {
        folder.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)").path
    }

    /// ``path(_:suffix:)`` as a file URL.
    public static func url(_ prefix: String, suffix: String = "") -> URL {
        URL(fileURLWithPath: path(prefix, suffix: suffix))
    }
}
