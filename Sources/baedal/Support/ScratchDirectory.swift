import EventStore
import Foundation

/// A private folder for a command's throw-away databases (`replay`'s rebuilt read models, a
/// drill's or a benchmark's work): 0700 with an unpredictable name (`mkdtemp`), so no other
/// local user can read the copies or plant a file where baedal will write.
///
/// It is removed when the command finishes, and also when the process is interrupted
/// (SIGINT) or asked to stop (SIGTERM), by ``InterruptCleanup``, which then exits 130 or 143.
/// A `kill -9` cannot be caught; the folder is then still private.
final class ScratchDirectory: Sendable {
    let url: URL
    private let cleanup: InterruptCleanup.Step

    /// Creates the folder under the temporary folder, named `<prefix>-XXXXXX`.
    init(prefix: String) throws {
        let url = try PrivateFiles.makeScratchDirectory(prefix: prefix)
        self.url = url
        cleanup = InterruptCleanup.register { PrivateFiles.removeScratchDirectory(url) }
    }

    /// A path inside the folder; the file itself is not created.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Removes the folder and everything in it. Safe to call more than once.
    func remove() {
        InterruptCleanup.run(cleanup)
    }
}
