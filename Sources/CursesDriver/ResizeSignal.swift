#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns SIGWINCH into a readable pipe, so a session asleep in `poll` wakes the moment its
/// window changes size, whichever thread the kernel delivered the signal to.
///
/// ncurses learns of a resize from its own SIGWINCH handler, which only sets a flag; a `poll`
/// on another thread is not interrupted, so without this the resize waited for the next tick,
/// and the driver had to look every 250 ms (four wake-ups a second for every idle session).
/// The handler here writes one byte to a pipe and then calls the handler it replaced
/// (ncurses'), so ncurses still reports `KEY_RESIZE` as before. Installed after `newterm`,
/// once ncurses' handler is in place; the handler touches nothing but `write`, `errno` and
/// the saved disposition.
enum ResizeSignal {
    /// Readable after a resize; -1 when no pipe could be made (the driver then looks every
    /// 250 ms as before).
    nonisolated(unsafe) static private(set) var descriptor: Int32 = -1

    static func install() {
        guard descriptor < 0 else { return }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        resizePipeWriteEnd = ends[1]
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = noteResize
        #else
            action.__sigaction_u.__sa_handler = noteResize
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGWINCH, &action, previousResizeAction)
        descriptor = ends[0]
    }

    /// Empties the pipe after a wake-up.
    static func drain() {
        guard descriptor >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }
}

nonisolated(unsafe) private var resizePipeWriteEnd: Int32 = -1

/// The disposition before ours (ncurses' handler). A raw buffer, so the handler reads it
/// without touching the Swift runtime.
nonisolated(unsafe) private let previousResizeAction: UnsafeMutablePointer<sigaction> = {
    let buffer = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)
    buffer.initialize(to: sigaction())
    return buffer
}()

private func noteResize(_ signal: Int32) {
    let savedErrno = errno
    var byte: UInt8 = 1
    _ = write(resizePipeWriteEnd, &byte, 1)
    #if canImport(Glibc)
        let previous = previousResizeAction.pointee.__sigaction_handler.sa_handler
    #else
        let previous = previousResizeAction.pointee.__sigaction_u.__sa_handler
    #endif
    if let previous, unsafeBitCast(previous, to: Int.self) > 1 { previous(signal) }  // not SIG_DFL (0) or SIG_IGN (1)
    errno = savedErrno
}
