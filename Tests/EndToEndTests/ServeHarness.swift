import Foundation
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// A `baedal serve` started by a test on a free loopback port, and the OpenSSH client pointed
/// at it. Passwords reach `ssh` through an askpass script the harness writes
/// (`SSH_ASKPASS_REQUIRE=force`); host keys go to a known_hosts file of the test's own.
final class ServeHarness {
    let tmux: SessionTmux
    let serverOutput: URL
    let serverErrors: URL
    private(set) var serverPID: pid_t = 0
    private(set) var port = 0

    static var isAvailable: Bool { SessionTmux.isAvailable && SessionTmux.which("ssh") != nil }

    init(tmux: SessionTmux) throws {
        self.tmux = tmux
        serverOutput = tmux.directory.appendingPathComponent("serve.out")
        serverErrors = tmux.directory.appendingPathComponent("serve.err")
        let askpass = askpassPath
        try "#!/bin/sh\nprintf '%s\\n' \"$BAEDAL_TEST_SSH_PASSWORD\"\n".write(toFile: askpass, atomically: true, encoding: .utf8)
        chmod(askpass, 0o700)
    }

    deinit { stop() }

    var askpassPath: String { tmux.directory.appendingPathComponent("askpass").path }
    var knownHosts: String { tmux.directory.appendingPathComponent("known_hosts").path }
    var serverLog: String { (try? String(contentsOf: serverErrors, encoding: .utf8)) ?? "" }
    var serverStdout: String { (try? String(contentsOf: serverOutput, encoding: .utf8)) ?? "" }

    /// Starts the server and waits until it prints the port it listens on.
    func start(_ extra: [String] = []) throws {
        let arguments = ["serve", "--port", "0", "--db", tmux.databasePath] + extra
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, serverOutput.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, serverErrors.path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let environment = ProcessInfo.processInfo.environment.merging(
            ["BAEDAL_SCRYPT_LOG2N": SessionTmux.testScryptCost, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]) { _, new in new }
        let argv = ([SessionTmux.baedal.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let spawned = posix_spawn(&serverPID, SessionTmux.baedal.path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw E2EError("cannot start baedal serve: error \(spawned)") }
        let line = try waitUntil("the server to listen") {
            serverStdout.split(separator: "\n").first { $0.hasPrefix("Serving ") }.map(String.init)
        }
        let parts = line.components(separatedBy: " on 127.0.0.1:")
        guard parts.count == 2, let port = Int(parts[1].prefix { $0.isNumber }) else {
            throw E2EError("no port in \(line)")
        }
        self.port = port
    }

    /// SIGTERM, then waits for the server to exit (it drains its sessions first).
    func stop() {
        guard serverPID > 0 else { return }
        kill(serverPID, SIGTERM)
        let deadline = Date().addingTimeInterval(15)
        var status: Int32 = 0
        while Date() < deadline {
            if waitpid(serverPID, &status, WNOHANG) == serverPID { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        if waitpid(serverPID, &status, WNOHANG) == 0 {
            kill(serverPID, SIGKILL)
            waitpid(serverPID, &status, 0)
        }
        serverPID = 0
    }

    /// The `ssh` options every connection uses: the test's known_hosts, and passwords only, or
    /// only the key in `keyFile` when one is given.
    func sshOptions(keyFile: String? = nil) -> [String] {
        let authentication =
            keyFile.map {
                [
                    "-i", $0, "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "PreferredAuthentications=publickey", "-o",
                    "BatchMode=yes",
                ]
            } ?? ["-o", "PubkeyAuthentication=no", "-o", "PreferredAuthentications=password"]
        return [
            "-p", "\(port)", "-o", "UserKnownHostsFile=\(knownHosts)", "-o", "StrictHostKeyChecking=no",
            "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10",
        ] + authentication
    }

    /// Opens `ssh -t user@127.0.0.1` in a tmux window of its own.
    func connect(
        _ window: String, user: String, password: String = "", keyFile: String? = nil,
        width: Int = 100, height: Int = 30, options: [String] = []
    ) throws {
        let command =
            "exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color SSH_ASKPASS=\(shellQuoted(askpassPath)) "
            + "SSH_ASKPASS_REQUIRE=force BAEDAL_TEST_SSH_PASSWORD=\(shellQuoted(password)) ssh -t "
            + (sshOptions(keyFile: keyFile) + options + ["\(user)@127.0.0.1"]).map(shellQuoted).joined(separator: " ")
        _ = try tmux.tmux(["new-session", "-d", "-s", window, "-x", "\(width)", "-y", "\(height)", command])
        _ = try tmux.tmux(["set-option", "-t", window, "remain-on-exit", "on"])
    }

    /// Runs `ssh` to completion without a terminal (stdin /dev/null), returning its status and output.
    func runSSH(user: String, password: String = "", keyFile: String? = nil, _ arguments: [String]) throws -> (status: Int32, text: String)
    {
        try SessionTmux.run(
            SessionTmux.which("ssh")!,
            sshOptions(keyFile: keyFile) + arguments.prefix { $0.hasPrefix("-") }
                + ["\(user)@127.0.0.1"] + arguments.drop { $0.hasPrefix("-") },
            environment: [
                "SSH_ASKPASS": askpassPath, "SSH_ASKPASS_REQUIRE": "force",
                "BAEDAL_TEST_SSH_PASSWORD": password, "LANG": "C.UTF-8",
            ])
    }

    /// The host key the server offers, as `ssh-keyscan` sees it (the key, without the host).
    func scannedHostKey() throws -> String {
        let output = try SessionTmux.run(SessionTmux.which("ssh-keyscan")!, ["-t", "ed25519", "-p", "\(port)", "127.0.0.1"])
        guard let line = output.text.split(separator: "\n").first(where: { $0.contains("ssh-ed25519") }) else {
            throw E2EError("ssh-keyscan found no ed25519 key:\n\(output.text)")
        }
        return line.split(separator: " ").dropFirst().joined(separator: " ")
    }

    /// Session processes this server started that are still alive (or zombies).
    func sessionProcesses() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> String? in
            guard Int32(entry) != nil,
                let raw = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
            else { return nil }
            let command = String(decoding: raw, as: UTF8.self).replacingOccurrences(of: "\0", with: " ")
            let isOurs =
                command.contains(tmux.databasePath) && !command.contains(" serve ")
                && (command.contains("served-session") || command.contains(" start "))
            let stat = (try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8)) ?? ""
            let parent = stat.split(separator: ")").last?.split(separator: " ").dropFirst(1).first.flatMap { Int32($0) }
            let isZombieOfServer = stat.contains(") Z ") && parent == serverPID
            return isOurs || isZombieOfServer ? "\(entry): \(command) \(stat.prefix(60))" : nil
        }
    }

    /// How many file descriptors the server holds open now.
    func openDescriptors() -> Int { sessionDescriptors().count }

    /// What the server's open descriptors point at (sockets, pipes, terminals, files), leaving
    /// out the database's own files. The engine's reader pool opens connections to the database
    /// when reads overlap and keeps them, so those descriptors are the pool's business; a
    /// session's leak shows as a socket, a pipe, a terminal or a watcher left open.
    func sessionDescriptors() -> [String] {
        guard serverPID > 0 else { return [] }
        let directory = "/proc/\(serverPID)/fd"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.compactMap { name -> String? in
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: directory + "/" + name) else {
                return nil  // closed between the listing and the read
            }
            return target.hasPrefix(tmux.databasePath) ? nil : target
        }
        .sorted()
    }

    /// Polls `value` until it is non-nil, failing at the deadline.
    @discardableResult
    func waitUntil<T>(_ what: String, timeout: TimeInterval = 15, _ value: () throws -> T?) throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let value = try value() { return value }
            Thread.sleep(forTimeInterval: 0.02)  // polling interval, not a wait for the condition
        }
        throw E2EError("timed out waiting for \(what); server log:\n\(serverLog)")
    }
}
