import ArgumentParser
import DeliveryDomain
import DeliveryEngine
import Foundation
import SessionServer
#if canImport(Glibc)
    import Glibc
#endif

/// `baedal serve`: customers, owners and riders on their own machines, with plain `ssh`.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the screens over SSH: `ssh -p 2222 김민수@host` opens 김민수's session, and nothing else.",
        discussion: """
            The SSH user name is the account name (Korean names work); the password is the account's \
            password, checked as the sign-in screen checks it, or a key registered with `baedal keys add`. An unknown user name, or `new`, gets the \
            launcher with any password, to sign up or sign in there. Each person gets their role's \
            full-screen session at their terminal's size, redrawn when it changes, without colours when \
            the client sends NO_COLOR (ssh -o SetEnv=NO_COLOR=1). There is no shell: commands, \
            subsystems (sftp), port and agent forwarding are all refused.

            The host key (Ed25519) is made on first start and kept 0600 beside the database (or at \
            --host-key); its fingerprint is printed at start so people can check it. The database is \
            made private to the server's user (0600).

            Sessions are drawn by the server itself: one engine and one database watcher serve them \
            all, and each screen goes to its client as escape sequences, so a thousand sessions fit \
            on two cores. --process-per-session runs each in a process of its own instead.

            Limits: --max-sessions sessions at once (past it a client is told the server is busy); \
            --sign-in-seconds (60) and 3 wrong passwords per connection to sign in; --connections-per-minute new \
            connections per address; --idle-minutes without a key signs a session out. One log line \
            per connection on standard error: who, from where, how long, why it ended; never a password. \
            SIGTERM (or Ctrl-C) drains: every session is told the server is stopping, then closed.
            """)

    @Option(help: "The address to listen on; 0.0.0.0 to serve other machines.")
    var host = "127.0.0.1"
    @Option(help: "The port to listen on (0 picks a free one and prints it).")
    var port = 2222
    @OptionGroup var database: DatabaseOptions
    @Option(
        name: .customLong("host-key"),
        help: "The host key file (default: beside the database, DB.ssh-host-key; for PostgreSQL, in the data folder).")
    var hostKeyPath: String?
    @Option(help: "Sessions open at once; past this a client is told to try again.")
    var maxSessions = ServerLimits().maxSessions
    @Option(help: "New connections one address may open per minute.")
    var connectionsPerMinute = ServerLimits().connectionsPerMinute
    @Option(help: "Minutes without a key before a session is signed out.")
    var idleMinutes = ServerLimits().idleMinutes
    @Option(help: "Seconds a connection has to sign in before it is closed.")
    var signInSeconds = ServerLimits().authenticationSeconds
    @Flag(
        help: """
            Run each session in a process of its own on a pseudo-terminal (the first design): \
            isolated, but past about 900 sessions they stop answering in time.
            """)
    var processPerSession = false

    func validate() throws {
        guard maxSessions > 0 else { throw ValidationError("--max-sessions must be at least 1.") }
        guard connectionsPerMinute > 0 else { throw ValidationError("--connections-per-minute must be at least 1.") }
        guard idleMinutes > 0 else { throw ValidationError("--idle-minutes must be more than 0.") }
        guard signInSeconds > 0 else { throw ValidationError("--sign-in-seconds must be more than 0.") }
    }

    func run() async throws {
        let databasePath = database.resolvedPath
        let live = try await EngineOpener.openLive(databasePath, gateway: nil)
        let engine = live.engine
        Self.makePrivate(databasePath)
        let keyPath = hostKeyPath ?? ServerFiles.base(forDatabase: databasePath) + ".ssh-host-key"
        let hostKey: HostKey
        do {
            let (key, created) = try HostKey.loadOrCreate(at: keyPath)
            hostKey = key
            say(created ? "Made a new host key: \(keyPath)" : "Host key: \(keyPath)")
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        var limits = ServerLimits()
        limits.maxSessions = maxSessions
        limits.connectionsPerMinute = connectionsPerMinute
        limits.idleMinutes = idleMinutes
        limits.authenticationSeconds = signInSeconds
        var configuration = SessionServer.Configuration(
            hostKey: hostKey, hosting: await hosting(engine: engine, databasePath: databasePath, limits: limits),
            gate: EngineAccountGate(engine: engine), log: { line in printError(Self.stamp() + " " + line) })
        configuration.authorizedKeys = Keys.file(for: databasePath)
        configuration.host = host
        configuration.port = port
        configuration.limits = limits
        let server: SessionServer
        do {
            server = try await SessionServer.start(configuration)
        } catch {
            printError("Cannot listen on \(host):\(port): \(error). Is another server using the port? Choose another with --port.")
            throw ExitCode(1)
        }
        say("Host key fingerprint: ED25519 \(hostKey.fingerprint)")
        say("Serving \(ServerFiles.displayName(ofDatabase: databasePath)) on \(host):\(server.port): ssh -p \(server.port) NAME@\(host)")
        await Self.stopSignal()
        printError(Self.stamp() + " stopping: \(server.registry.count) session(s) open")
        await server.drain()
        await live.close()
        printError(Self.stamp() + " stopped")
    }

    /// Sessions drawn by this process (one engine, one watcher), unless each gets its own.
    @MainActor
    func hosting(engine: DeliveryEngine, databasePath: String, limits: ServerLimits) -> any SessionHosting {
        if processPerSession {
            return ProcessHosting(program: Self.program(databasePath: databasePath), hangupGraceSeconds: limits.hangupGraceSeconds)
        }
        return ScreenHosting(engine: engine, services: LiveServices.served(databasePath: databasePath), wakePath: engine.wakePath)
    }

    /// The session each visitor gets: this very executable, signed in, or the launcher.
    static func program(databasePath: String) -> SessionProgram {
        var environment = ProcessInfo.processInfo.environment
        // The client's terminal decides these; a password never travels through the environment.
        for name in ["BAEDAL_PASSWORD", "BAEDAL_LANG", "NO_COLOR", "TERM", "COLUMNS", "LINES", "TMUX", "TMUX_PANE"] {
            environment[name] = nil
        }
        return SessionProgram(
            executable: DemoLauncher.executableURL.path,
            arguments: { visitor, address in
                let session = ["served-session", "--db", databasePath, "--from", address]
                switch visitor {
                case .account(let name, nil): return session + ["--account", name]
                case .account(let name, let revision?): return session + ["--account", name, "--password-revision", String(revision)]
                case .newcomer: return session
                }
            },
            environment: environment)
    }

    /// The database holds every account's password hash and every order: only the server's
    /// user may read it, which is also what makes the server's pre-signed-in sessions safe.
    static func makePrivate(_ path: String) {
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            chmod(file, 0o600)
        }
    }

    /// Waits for SIGTERM or SIGINT.
    static func stopSignal() async {
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        let queue = DispatchQueue(label: "baedal.serve.signals")
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = OnceFlag()
            let sources = [SIGTERM, SIGINT].map { DispatchSource.makeSignalSource(signal: $0, queue: queue) }
            for source in sources {
                source.setEventHandler {
                    guard once.first() else { return }
                    sources.forEach { $0.cancel() }
                    continuation.resume()
                }
                source.resume()
            }
        }
    }

    /// A line on standard output, written at once (it may be a pipe a test or a supervisor reads).
    func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func stamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}

/// True the first time only; used on one serial queue.
private final class OnceFlag: @unchecked Sendable {
    private var done = false
    func first() -> Bool {
        defer { done = true }
        return !done
    }
}

/// Passwords checked by the engine's sign-in (its scrypt hash and back-off), so SSH proves
/// exactly what the sign-in screen proves.
struct EngineAccountGate: AccountGate {
    let engine: DeliveryEngine

    func admit(name: String, password: String, from address: String) async -> Admission {
        let name = name.precomposedStringWithCanonicalMapping
        if ReservedNames.all.contains(name.lowercased()) { return .admitted(.newcomer) }
        do {
            let signedIn = try await engine.signInAccount(name: name, password: password, from: .connection(from: address))
            return .admitted(.account(name, passwordRevision: signedIn.passwordRevision))
        } catch .refused(.unknownAccount) {
            return .admitted(.newcomer)
        } catch {
            return .refused
        }
    }
}
