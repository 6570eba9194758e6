import Dispatch
import EventStore
import Foundation
import Synchronization

/// A private folder for a command's throw-away databases (`replay`'s rebuilt read models, a
/// drill's or a benchmark's work): 0700 with an unpredictable name (`mkdtemp`), so no other
/// local user can read the copies or plant a file where baedal will write.
///
/// It is removed when the command finishes, and also when the process is interrupted
/// (SIGINT) or asked to stop (SIGTERM): a handler removes every live scratch folder, then exits
/// with the conventional status 128 + signal (130 or 143). A `kill -9` cannot be caught; the
/// folder is then still private.
final class ScratchDirectory: Sendable {
    let url: URL

    /// Creates the folder under the temporary folder, named `<prefix>-XXXXXX`.
    init(prefix: String) throws {
        ScratchCleanup.installOnce()
        url = try PrivateFiles.makeScratchDirectory(prefix: prefix)
        ScratchCleanup.register(url)
    }

    /// A path inside the folder; the file itself is not created.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Removes the folder and everything in it. Safe to call more than once.
    func remove() {
        ScratchCleanup.unregister(url)
        try? FileManager.default.removeItem(at: url)
    }
}

/// The scratch folders alive in this process, and the signal handlers that remove them.
enum ScratchCleanup {
    private static let live = Mutex<[URL]>([])
    private static let installed = Mutex(false)
    // Dispatch sources are thread-safe; they are kept here only so they stay installed.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func register(_ url: URL) { live.withLock { $0.append(url) } }

    static func unregister(_ url: URL) { live.withLock { $0.removeAll { $0 == url } } }

    /// Replaces the default action of SIGINT and SIGTERM (die, leaving files behind) with:
    /// remove the scratch folders, then exit 130 or 143.
    static func installOnce() {
        let first = installed.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return }
        var made: [any DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { removeAllAndExit(status: 128 + signalNumber) }
            source.resume()
            made.append(source)
        }
        sources = made
    }

    private static func removeAllAndExit(status: Int32) -> Never {
        let folders = live.withLock { folders in
            defer { folders = [] }
            return folders
        }
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        exit(status)
    }
}
