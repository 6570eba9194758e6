import EventStore
import Foundation

/// What a `bench serve` run leaves running or written (the server and its sessions, the
/// scratch folder), undone at the end of the run, and also on Ctrl-C (SIGINT) or SIGTERM
/// through ``InterruptCleanup``: the server is stopped, then the folder removed, and the process
/// exits 130 or 143. A `kill -9` cannot be caught; the server then keeps running until it is
/// stopped by hand.
enum ServeBenchTeardown {
    /// Stops `server` (its sessions with it) when the step runs.
    static func track(_ server: ServerProcess) -> InterruptCleanup.Step {
        InterruptCleanup.register { server.stop() }
    }

    /// Removes `folder` when the step runs.
    static func track(_ folder: URL) -> InterruptCleanup.Step {
        InterruptCleanup.register { PrivateFiles.removeScratchDirectory(folder) }
    }
}
