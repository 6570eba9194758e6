import Foundation

/// Where the benchmark's databases live while it runs. A directory it created itself is
/// removed afterwards; one the user named is kept, and only the files put in it are removed.
struct WorkDirectory {
    let url: URL
    private let createdHere: Bool

    init(requested: String?) throws {
        if let requested {
            url = URL(fileURLWithPath: requested, isDirectory: true)
            createdHere = false
        } else {
            url = FileManager.default.temporaryDirectory
                .appendingPathComponent("baedal-bench-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))",
                                        isDirectory: true)
            createdHere = true
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        if createdHere { try? FileManager.default.removeItem(at: url) }
    }

    /// An SQLite database in WAL mode is up to three files.
    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
