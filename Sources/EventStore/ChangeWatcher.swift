import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The reader's half of the live wake-up: a descriptor that becomes readable when another
/// process (or this one) signalled a change on the database (see ``ChangeSignal``).
///
/// On Linux it is an inotify descriptor watching the database's wake file. A session's run loop
/// waits on it beside the keyboard with `poll`, so an idle session sleeps in the kernel until a
/// key or a change arrives, instead of waking ten times a second to ask. Dispatch on Linux has no
/// file-system source, which is why this is a plain descriptor and not a `DispatchSource`.
///
/// Bursts fold: many signals before the reader wakes are drained as one.
public final class ChangeWatcher {
    /// Readable when a change was signalled; pass it to `poll`, then call ``drain()``.
    public let descriptor: Int32
    private let wakePath: String
    private var watch: Int32 = -1
    /// The wake file's inode when the watch was set, to notice the file being replaced.
    private var watchedInode: UInt64 = 0

    /// Watches the database at `databasePath`; nil where inotify is unavailable (the caller
    /// then polls, as before).
    public init?(databasePath: String) {
        #if os(Linux)
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            self.descriptor = descriptor
            self.wakePath = ChangeSignal.path(forDatabase: databasePath)
            guard addWatch() else {
                close(descriptor)
                return nil
            }
        #else
            return nil
        #endif
    }

    deinit { close(descriptor) }

    /// Reads every pending notification, so the descriptor is quiet until the next signal.
    /// Returns whether there was any. Should the wake file have been removed or replaced (an
    /// operator cleaning up), the watch is set again on the new file. (A writer that still holds
    /// the old file keeps waking nobody until it reopens the database; readers' safety poll
    /// covers it meanwhile.)
    @discardableResult
    public func drain() -> Bool {
        #if os(Linux)
            var any = false
            var rewatch = false
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                if !any { LiveTrace.mark("woken") }
                any = true
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                    if event.mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF) != 0 { rewatch = true }
                    offset += MemoryLayout<inotify_event>.size + Int(event.len)
                }
            }
            // A removal shows only as an attribute change while a writer holds the file open.
            if rewatch || (any && currentInode() != watchedInode) { _ = addWatch() }
            return any
        #else
            return false
        #endif
    }

    /// Waits up to `timeout` for a signal; true when one came. For callers without a run loop
    /// of their own (the benchmark's follower, tests).
    public func wait(timeout: Duration) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&entry, 1, milliseconds) > 0 else { return false }
        return drain()
    }

    #if os(Linux)
        /// Creates the wake file if no writer has yet (inotify cannot watch what does not exist),
        /// then watches it for writes.
        private func addWatch() -> Bool {
            if let created = ChangeSignal.openWakeFile(wakePath) { close(created) }
            if watch >= 0 { inotify_rm_watch(descriptor, watch) }
            watch = inotify_add_watch(descriptor, wakePath, UInt32(IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF))
            watchedInode = currentInode()
            return watch >= 0
        }

        private func currentInode() -> UInt64 {
            var status = stat()
            return stat(wakePath, &status) == 0 ? UInt64(status.st_ino) : 0
        }
    #endif
}
