import Dispatch
import Foundation
import Synchronization

/// What a `bench serve` run leaves running or written (the server and its sessions, the
/// scratch folder), undone at the end of the run, and also on Ctrl-C (SIGINT) or SIGTERM: a
/// handler stops the server, removes the folder, and exits 130 or 143. A `kill -9` cannot be
/// caught; the server then keeps running until it is stopped by hand.
enum ServeBenchTeardown {
    private static let servers = Mutex<[ServerProcess]>([])
    private static let folders = Mutex<[URL]>([])
    private static let installed = Mutex(false)
    // Dispatch sources are thread-safe; they are kept here only so they stay installed.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func track(_ server: ServerProcess) { servers.withLock { $0.append(server) } }
    static func track(_ folder: URL) { folders.withLock { $0.append(folder) } }

    /// Stops the server (its sessions with it) and forgets it.
    static func stop(_ server: ServerProcess) {
        server.stop()
        servers.withLock { $0.removeAll { $0 === server } }
    }

    /// Removes the folder and forgets it.
    static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
        folders.withLock { $0.removeAll { $0 == folder } }
    }

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
            source.setEventHandler { undoAllAndExit(status: 128 + signalNumber) }
            source.resume()
            made.append(source)
        }
        sources = made
    }

    private static func undoAllAndExit(status: Int32) -> Never {
        FileHandle.standardError.write(Data("\nbench: stopping the server and removing the scratch folder…\n".utf8))
        for server in servers.withLock({ $0 }) { server.stop(grace: 10) }
        for folder in folders.withLock({ $0 }) { try? FileManager.default.removeItem(at: folder) }
        exit(status)
    }
}
