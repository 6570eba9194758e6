import Foundation

/// Where this run's test databases go: a folder per test process under the temporary directory.
///
/// A test cannot delete its database when it ends (the engine may still hold it, and Swift
/// Testing has no hook after the last test), so each run removes the folders of runs whose
/// process is gone instead: files never pile up, not even after a run that was killed.
enum TestFiles {
    static let folder: URL = {
        let files = FileManager.default
        let root = files.temporaryDirectory.appendingPathComponent("baedal-engine-tests", isDirectory: true)
        for name in (try? files.contentsOfDirectory(atPath: root.path)) ?? [] {
            guard let pid = Int32(name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? files.removeItem(at: root.appendingPathComponent(name, isDirectory: true))
        }
        let mine = root.appendingPathComponent(String(getpid()), isDirectory: true)
        try? files.createDirectory(at: mine, withIntermediateDirectories: true)
        return mine
    }()
}
