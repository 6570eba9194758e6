import ArgumentParser
import DeliveryBench
import Foundation

/// `baedal bench serve`: how many SSH sessions `baedal serve` holds on this machine, what each
/// costs, and how quickly a key comes back.
struct BenchServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Measure `baedal serve`: sessions held, memory and idle CPU per session, keystroke echo.",
        discussion: """
            Starts `baedal serve` on a free loopback port, on a scratch database it seeds (two stores \
            with menus, one customer account per session, each with an Ed25519 key registered as \
            `baedal keys add` does: key sign-in, so that a thousand scrypt hashes are not what is \
            measured). Then it opens --sessions SSH sessions at once with an in-process SSH client \
            (swift-nio-ssh; an 80x24 xterm-256color pty and a shell, as `ssh -t` asks), and reports:

            - sessions held: each one's screen showed the store list, judged from the bytes it \
            received, and it was still open after the idle window;
            - server memory per session: the PSS of the server and all its processes \
            (/proc/PID/smaps_rollup), minus the server alone before any session, divided by the \
            sessions held;
            - idle CPU: user + system time of the server and its processes over --idle-seconds with \
            every session open and nobody typing, as % of one core, in all and per session;
            - echo: while --typing sessions type at once (`/` opens the store list's search, then \
            letters at --keys-per-second each), the time from each key sent to its glyph coming back \
            on that channel, p50/p99/max.

            The goals from the issue (1,000 sessions held; echo p99 ≤ 50 ms with 200 typing) are \
            checked and the verdicts printed. Progress goes to standard error, the report to standard \
            output (as JSON with --json, keys such as sessions_held, memory_per_session_mib, \
            idle_cpu_percent, echo_p50_ms, echo_p99_ms). The server, its sessions and the scratch \
            folder are stopped and removed at the end, and on Ctrl-C.
            """
    )

    @Option(help: "Sessions to open and hold at once (default 1000; 4 with --quick).")
    var sessions: Int?

    @Option(help: "Sessions typing at once while the echo is timed (default 200; 2 with --quick).")
    var typing: Int?

    @Option(help: "Seconds over which idle CPU is measured (default 10; 2 with --quick).")
    var idleSeconds: Double?

    @Option(help: "Seconds the typing sessions type (default 10; 2 with --quick).")
    var typingSeconds: Double?

    @Option(help: "Keys per second each typing session sends (default 5).")
    var keysPerSecond: Double?

    @Option(help: "Connections being opened at once (default 8).")
    var openingAtOnce: Int?

    @Option(help: "Seconds opening may take in all; sessions not tried by then count as not held (default 300).")
    var openingSeconds: Double?

    @Flag(help: "A few sessions for a few seconds, for a check that everything works.")
    var quick = false

    @Flag(help: "Serve each session from a process of its own (serve --process-per-session): the first design, as a baseline.")
    var processPerSession = false
    @Flag(help: "Print the report as JSON.")
    var json = false

    func validate() throws {
        if let sessions, sessions <= 0 { throw ValidationError("--sessions must be at least 1.") }
        if let typing, typing < 0 { throw ValidationError("--typing cannot be negative.") }
        if let idleSeconds, idleSeconds <= 0 { throw ValidationError("--idle-seconds must be positive.") }
        if let typingSeconds, typingSeconds <= 0 { throw ValidationError("--typing-seconds must be positive.") }
        if let keysPerSecond, !(0.1...100).contains(keysPerSecond) {
            throw ValidationError("--keys-per-second must be between 0.1 and 100.")
        }
        if let openingAtOnce, openingAtOnce <= 0 { throw ValidationError("--opening-at-once must be at least 1.") }
        if let openingSeconds, openingSeconds <= 0 { throw ValidationError("--opening-seconds must be positive.") }
    }

    func run() async throws {
        let executable = DemoLauncher.executableURL.path
        var plan = quick ? ServeBenchPlan.quick(executable: executable) : ServeBenchPlan(executable: executable)
        if let sessions { plan.sessions = sessions }
        if let typing { plan.typingSessions = typing }
        plan.typingSessions = min(plan.typingSessions, plan.sessions)
        if let idleSeconds { plan.idleSeconds = idleSeconds }
        if let typingSeconds { plan.typingSeconds = typingSeconds }
        if let keysPerSecond { plan.keysPerSecond = keysPerSecond }
        if let openingAtOnce { plan.openingAtOnce = openingAtOnce }
        if let openingSeconds { plan.openingSeconds = openingSeconds }
        plan.processPerSession = processPerSession
        let report: ServeBenchReport
        do {
            report = try await ServeBenchRun(plan: plan).run(progress: progress)
        } catch let error as ServeBenchError {
            printError(error.description)
            throw ExitCode(1)
        }
        print(try json ? report.json() : report.text)
    }

    /// Standard error, so `--json > report.json` still captures only the report.
    private func progress(_ message: String) {
        printError("bench: " + message)
    }
}
