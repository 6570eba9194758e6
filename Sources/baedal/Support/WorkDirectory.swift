import EventStore
import Foundation

/// Where the benchmark's databases live while it runs. A directory it created itself is a
/// private ``ScratchDirectory``, removed afterwards or on SIGINT/SIGTERM; one the user named is
/// kept (created 0700 if missing), and only the files put in it are removed.
struct WorkDirectory {
    let url: URL
    private let scratch: ScratchDirectory?

    init(requested: String?) throws {
        if let requested {
            url = URL(fileURLWithPath: requested, isDirectory: true)
            scratch = nil
            try PrivateFiles.createDirectory(url)
        } else {
            let scratch = try ScratchDirectory(prefix: "baedal-bench")
            url = scratch.url
            self.scratch = scratch
        }
    }

    func remove() {
        scratch?.remove()
    }
}
