import Foundation
import SessionServer
#if canImport(Glibc)
    import Glibc
#endif

/// The `baedal serve` under test: a child process on a free loopback port, in a process group
/// of its own (so a Ctrl-C at the terminal reaches the benchmark, which then stops the server
/// in order), its output in files in the scratch folder.
final class ServerProcess: Sendable {
    let pid: pid_t
    let port: Int
    let errorLog: String
    /// Every session's command line names this file: how a leftover session is recognised.
    let databasePath: String

    /// Starts the server and waits (up to `timeout` seconds) until it says where it listens.
    static func start(
        executable: String, databasePath: String, directory: URL, maxSessions: Int, processPerSession: Bool = false,
        timeout: Double = 60
    ) throws(ServeBenchError) -> ServerProcess {
        let output = directory.appendingPathComponent("serve.out").path
        let errors = directory.appendingPathComponent("serve.err").path
        let arguments =
            [
                "serve", "--db", databasePath, "--host", "127.0.0.1", "--port", "0",
                "--max-sessions", "\(maxSessions)",
                // Every session comes from one address, faster than any household would connect.
                "--connections-per-minute", "\(max(1_000, maxSessions * 4))",
                // Nobody is signed out for idling, nor cut off while a thousand connections queue.
                "--idle-minutes", "600", "--sign-in-seconds", "600",
            ] + (processPerSession ? ["--process-per-session"] : [])
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        let launch = ChildLaunch(
            executable: executable, arguments: arguments, environment: environment,
            descriptors: .files(input: "/dev/null", output: output, error: errors), grouping: .newGroup)
        let pid: pid_t
        do {
            pid = try launch.start()
        } catch {
            throw .serverDidNotStart("could not run \(executable): \(error.reason)")
        }

        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Serving ") }),
                let port = Self.port(inServingLine: String(line))
            {
                return ServerProcess(pid: pid, port: port, errorLog: errors, databasePath: databasePath)
            }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                throw .serverDidNotStart("it exited: \(Self.tail(of: errors))")
            }
            Thread.sleep(forTimeInterval: 0.05)  // polling interval while it opens the database
        }
        kill(pid, SIGKILL)
        _ = waitpid(pid, nil, 0)
        throw .serverDidNotStart("it did not say it was serving within \(Int(timeout)) s: \(Self.tail(of: errors))")
    }

    private init(pid: pid_t, port: Int, errorLog: String, databasePath: String) {
        self.pid = pid
        self.port = port
        self.errorLog = errorLog
        self.databasePath = databasePath
    }

    /// "Serving DB on 127.0.0.1:40123: ssh -p 40123 NAME@127.0.0.1" gives 40123.
    static func port(inServingLine line: String) -> Int? {
        let parts = line.components(separatedBy: " on 127.0.0.1:")
        guard parts.count == 2 else { return nil }
        return Int(parts[1].prefix { $0.isNumber })
    }

    /// The server and its sessions.
    var tree: ProcessTree { ProcessTree(root: pid) }

    /// The server's log, for a failure message: its last lines.
    static func tail(of path: String, lines: Int = 5) -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let last = text.split(separator: "\n").suffix(lines).joined(separator: "\n")
        return last.isEmpty ? "(nothing on its standard error)" : last
    }

    /// How the connections that ended did, from the server's log lines ("…; ended: REASON").
    func endings() -> [String: Int] {
        let text = (try? String(contentsOfFile: errorLog, encoding: .utf8)) ?? ""
        var counts: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            guard let range = line.range(of: "ended: ") else { continue }
            counts[String(line[range.upperBound...]), default: 0] += 1
        }
        return counts
    }

    /// SIGTERM (the server drains: every session is hung up), then, after `grace` seconds,
    /// SIGKILL for the server and any session of this database still running. Safe to call
    /// more than once, and from a signal handler's queue.
    func stop(grace: Double = 15) {
        let sessions = tree.members().map(\.pid).filter { $0 != pid }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == 0 {
            kill(pid, SIGTERM)
            let deadline = Date().addingTimeInterval(grace)
            while Date() < deadline, waitpid(pid, &status, WNOHANG) == 0 {
                Thread.sleep(forTimeInterval: 0.05)  // polling interval while it drains
            }
            if waitpid(pid, &status, WNOHANG) == 0 {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
            }
        }
        for session in sessions where isOurs(session) { kill(session, SIGKILL) }
    }

    /// Whether `pid` is still a process of this run (its command line names our database), so
    /// that a reused pid is never killed.
    private func isOurs(_ pid: pid_t) -> Bool {
        guard let raw = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
        return String(decoding: raw, as: UTF8.self).contains(databasePath)
    }
}
