import CPseudoTerminal
import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// A session's terminal size, in cells.
public struct WindowSize: Sendable, Equatable {
    public var columns: Int
    public var rows: Int
    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}

/// A program running on a new pseudo-terminal: the server keeps the master side, the program
/// gets the slave as its controlling terminal and standard input, output and error.
///
/// Started as a ``ChildLaunch`` in a session of its own, so opening the slave makes it the
/// child's controlling terminal: the kernel then sends it SIGWINCH on resize and SIGHUP when
/// the master closes. No other descriptor of the server (a socket, the database, another
/// session's terminal) reaches it.
public struct PseudoTerminal: Sendable {
    /// The master side, non-blocking and close-on-exec; the caller owns it.
    public let master: Int32
    public let pid: pid_t

    public static func spawn(
        executable: String, arguments: [String], environment: [String: String],
        size: WindowSize
    ) throws(SpawnError) -> PseudoTerminal {
        var name = [CChar](repeating: 0, count: 128)
        let master = baedal_pty_open(&name, name.count)
        guard master >= 0 else { throw .noTerminal(-master) }
        resize(master: master, to: size)
        let slave = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let launch = ChildLaunch(
            executable: executable, arguments: arguments, environment: environment,
            descriptors: .terminal(path: slave), grouping: .newSession)
        let pid: pid_t
        do {
            pid = try launch.start()
        } catch {
            Glibc.close(master)
            throw .cannotStart(error)
        }
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
        return PseudoTerminal(master: master, pid: pid)
    }

    /// Sets the terminal's size; the kernel tells the program with SIGWINCH.
    public static func resize(master: Int32, to size: WindowSize) {
        _ = baedal_pty_resize(master, UInt16(clamping: size.rows), UInt16(clamping: size.columns))
    }

    /// Closes a master that no channel took ownership of.
    static func close(master: Int32) { _ = Glibc.close(master) }
}

/// Why a session's program could not start.
public enum SpawnError: Error, CustomStringConvertible {
    case noTerminal(Int32)
    case cannotStart(ChildLaunchFailure)

    public var description: String {
        switch self {
        case .noTerminal(let code):
            return "Could not open a pseudo-terminal: \(String(cString: strerror(code))). Is /dev/pts mounted?"
        case .cannotStart(let failure):
            return failure.description
        }
    }
}
