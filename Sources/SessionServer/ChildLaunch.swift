import CPseudoTerminal
import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// A program to start as a child of this process: the one way baedal starts one (a session on
/// its terminal, the demo from the launcher, the server a benchmark measures).
///
/// Started with `posix_spawn`, not `fork`: forking a multi-threaded process (NIO's threads,
/// Dispatch's) and running Swift in the child is unsafe. Whatever this process did with signals
/// for itself (the launcher ignores Ctrl-C while the demo runs, a server ignores SIGPIPE), the
/// child starts with every signal at its default and none blocked. Every descriptor above the
/// standard three is closed in it, so no socket, database or other session's terminal leaks
/// into a program that did not open it.
public struct ChildLaunch: Sendable {
    /// Where the child's standard input, output and error lead.
    public enum Descriptors: Sendable {
        /// This process's own.
        case inherited
        /// One terminal, read-write, for all three (with ``Grouping/newSession``, its
        /// controlling terminal).
        case terminal(path: String)
        /// Input read from a file, output and errors written to files (created or emptied,
        /// readable by this user only).
        case files(input: String, output: String, error: String)
    }

    /// The child's process group and session (see `baedal_child_grouping`).
    public enum Grouping: Sendable {
        /// This process's group: a shell's foreground job, which reads the terminal.
        case sameGroup
        /// A group of its own: a Ctrl-C at this terminal reaches this process, not the child.
        case newGroup
        /// A session of its own, so that the kernel sends it SIGHUP when its terminal closes.
        case newSession
    }

    public var executable: String
    public var arguments: [String]
    /// The child's whole environment; nil gives it this process's.
    public var environment: [String: String]?
    public var descriptors: Descriptors
    public var grouping: Grouping

    public init(
        executable: String, arguments: [String], environment: [String: String]? = nil,
        descriptors: Descriptors = .inherited, grouping: Grouping = .sameGroup
    ) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.descriptors = descriptors
        self.grouping = grouping
    }

    /// Starts the child and returns its process id; the caller reaps it.
    /// - Throws: the errno value `posix_spawn` returned (no such program, not executable, a
    ///   file that could not be opened).
    public func start() throws(ChildLaunchFailure) -> pid_t {
        let environment = environment ?? ProcessInfo.processInfo.environment
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var terminal: String?
        var files: (input: String?, output: String?, error: String?) = (nil, nil, nil)
        switch descriptors {
        case .inherited: break
        case .terminal(let path): terminal = path
        case .files(let input, let output, let error): files = (input, output, error)
        }
        let grouping: baedal_child_grouping =
            switch self.grouping {
            case .sameGroup: baedal_child_same_group
            case .newGroup: baedal_child_new_group
            case .newSession: baedal_child_new_session
            }
        var pid: pid_t = 0
        let result = baedal_spawn(
            executable, argv, envp, terminal, files.input, files.output, files.error, grouping, &pid)
        guard result == 0 else { throw ChildLaunchFailure(executable: executable, code: result) }
        return pid
    }
}

extension ChildLaunch {
    /// Waits for a child to end; returns its exit status, or 128 + the signal that ended it.
    public static func waitForExit(of pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return shellStatus(status)
    }

    /// A `waitpid` status as a shell reports it: the exit status, or 128 + the signal.
    static func shellStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

/// Why a child could not start: the program and the system's reason.
public struct ChildLaunchFailure: Error, CustomStringConvertible, Equatable {
    public let executable: String
    /// The errno value.
    public let code: Int32

    /// The system's words for `code`.
    public var reason: String { String(cString: strerror(code)) }

    public var description: String { "Could not start \(executable): \(reason)." }
}
