import Foundation
import TestScratch
import Testing
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A private tmux server for one test: real terminals for real `baedal` sessions, read back
/// with `capture-pane`. Every wait is a deadline loop on what the screen shows.
final class SessionTmux {
    let socket = "baedal-e2e-\(UUID().uuidString.prefix(8))"
    let directory: URL

    static var isAvailable: Bool { which("tmux") != nil }

    /// The package root, found from this file's path (Tests/EndToEndTests/ → root).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var baedal: URL { packageRoot.appendingPathComponent(".build/debug/baedal") }

    init() throws {
        directory = TestScratch.url("baedal-e2e")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard FileManager.default.isExecutableFile(atPath: Self.baedal.path) else {
            throw E2EError("\(Self.baedal.path) is missing: run `swift build --product baedal` first.")
        }
    }

    deinit {
        _ = try? tmux(["kill-server"])
        let sockets = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(sockets)/tmux-\(getuid())/\(socket)")
        try? FileManager.default.removeItem(at: directory)
    }

    var databasePath: String { directory.appendingPathComponent("baedal.sqlite").path }

    /// Runs `baedal run` on `script` against the test's database.
    func seed(_ script: String) throws {
        let file = directory.appendingPathComponent("seed.baedal")
        try script.write(to: file, atomically: true, encoding: .utf8)
        let output = try Self.run(Self.baedal.path, ["run", file.path, "--db", databasePath])
        guard output.status == 0 else { throw E2EError("seeding failed:\n\(output.text)") }
    }

    /// The scrypt cost (log2 N) every baedal these tests start uses, as the process harness does.
    static let testScryptCost = "4"

    /// Starts `baedal <arguments>` in a new detached session of `width`×`height`.
    func start(
        _ name: String, width: Int = 100, height: Int = 30, password: String? = nil,
        environment extra: [String: String] = [:], _ arguments: [String]
    ) throws {
        var environment = "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color BAEDAL_SCRYPT_LOG2N=\(Self.testScryptCost)"
        if let password { environment += " BAEDAL_PASSWORD=\(shellQuoted(password))" }
        for (key, value) in extra.sorted(by: { $0.key < $1.key }) { environment += " \(key)=\(shellQuoted(value))" }
        let command =
            "exec env \(environment) \(shellQuoted(Self.baedal.path)) "
            + (arguments + ["--db", databasePath]).map(shellQuoted).joined(separator: " ")
        _ = try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command])
        _ = try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    /// Types literal text (Korean included) into a session.
    func type(_ name: String, _ text: String) throws {
        _ = try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Presses named keys: `Enter`, `Tab`, `Escape`, `End`, or single characters.
    func press(_ name: String, _ keys: String...) throws {
        _ = try tmux(["send-keys", "-t", name] + keys)
    }

    /// On a customer session at the store list of `sessionSeedScript`: opens 24시김밥, puts two
    /// 원조김밥 in the cart, goes to checkout and types the approving test card, leaving the
    /// form filled but not sent.
    func fillCheckoutWithTestCard(_ name: String) throws {
        try press(name, "Enter")
        try waitFor(name, toShow: "원조김밥")
        try press(name, "Enter", "Enter", "c")
        try waitFor(name, toShow: "결제 금액")
        try press(name, "Enter")
        try waitFor(name, toShow: "카드 번호")
        try type(name, "4242424242424242")
        try press(name, "Tab")
        try type(name, "12/30")
        try press(name, "Tab")
        try type(name, "123")
    }

    func capture(_ name: String) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    func resize(_ name: String, width: Int, height: Int) throws {
        _ = try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the program running in the session's pane.
    func pid(_ name: String) throws -> Int32 {
        Int32(try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    func isDead(_ name: String) throws -> Bool {
        try tmux(["display-message", "-p", "-t", name, "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Polls the screen until `condition` holds, failing with the last screen at the deadline.
    @discardableResult
    func waitFor(
        _ name: String, timeout: Duration = .seconds(15), _ what: String,
        sourceLocation: SourceLocation = #_sourceLocation,
        until condition: (String) -> Bool
    ) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var screen = ""
        while clock.now < deadline {
            screen = try capture(name)
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.02)  // polling interval, not a wait for the condition
        }
        Issue.record("Timed out waiting for \(what) in \(name). The screen was:\n\(screen)", sourceLocation: sourceLocation)
        throw E2EError("timed out waiting for \(what)")
    }

    func waitFor(
        _ name: String, toShow text: String, timeout: Duration = .seconds(15),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try waitFor(name, timeout: timeout, "\"\(text)\"", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = try Self.run(
            Self.which("tmux")!, ["-L", socket, "-u"] + arguments,
            environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        guard output.status == 0 else { throw E2EError("tmux \(arguments.joined(separator: " ")) failed: \(output.text)") }
        return output.text
    }

    /// Runs a program to completion and returns its status and output.
    ///
    /// posix_spawn and waitpid rather than Foundation's Process: `tmux new-session` forks a
    /// server that inherits the descriptors Process watches for the child's exit, and
    /// Process then never sees the client end. Output goes to a file for the same reason.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws
        -> (status: Int32, text: String)
    {
        let output = TestScratch.url("baedal-e2e-out")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Accounts made and signed in to by these processes hash at a test cost: at scrypt's
        // real cost a debug build spends seconds per password and starves every other test.
        let merged = ProcessInfo.processInfo.environment
            .merging(["BAEDAL_SCRYPT_LOG2N": testScryptCost]) { _, new in new }
            .merging(environment) { _, new in new }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The child starts with no blocked signals and default handlers: a tmux server that
        // inherited a blocked SIGCHLD from the test runner would never reap its panes.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw E2EError("cannot start \(executable): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), text)
    }

    static func which(_ program: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

struct E2EError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// A small world for the sessions: one store open around the clock, its owner, a customer.
let sessionSeedScript = """
    signup owner 최사장 password "owner-12345"
    store "24시김밥" category 분식 address "서울 중구 세종대로 1" hours 00:00-24:00 minimum 5000 fee 1000 payout "농협 301-1234-5678-91" business 314-15-82657
    menu "24시김밥" add "원조김밥" 3000 "기본 김밥"
    menu "24시김밥" add "라볶이" 6000 "라면 + 떡볶이"
    signup customer 김민수 password "minsu-1234"
    address add "서울 관악구 신림로 1, 101호" default
    """
