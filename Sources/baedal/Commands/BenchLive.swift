import ArgumentParser
import DeliveryBench
import Foundation

/// `baedal bench live`: how fast a change in one process reaches another process's session, and
/// what an idle session costs, woken by changes against polling.
struct BenchLive: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live",
        abstract: "Measure live updates across processes: change-to-screen latency and idle CPU per session.",
        discussion: """
            One process changes the database (the owner switches the store between open and busy), \
            while follower processes each run a real customer session on a headless terminal. Each \
            change is timed from just before its append to the moment every follower's session model \
            has taken it in (p50, p99, max). Then the followers are left idle and their CPU time is \
            read from /proc.

            Followers woken by the database's change watcher (what sessions do) run beside followers \
            polling every 100 ms (what sessions did): the baseline, measured in the same run, with \
            the ratios printed. Goals: p99 ≤ 20 ms, an idle session under 0.5% of a core.

            The database is a new temporary file unless --db names one, which must hold no events yet \
            (the benchmark writes its own store and customers); with --db postgres://…, a fresh scratch \
            schema on that server (bench_…_live, dropped at the end). Progress goes to standard error, the \
            report to standard output (as JSON with --json: p50_ms, p99_ms, idle_cpu_percent, and \
            each group's figures).
            """
    )

    @Option(
        name: .customLong("db"),
        help: "A new database file, or a PostgreSQL URL (a scratch schema there), to measure on (default: a temporary file).")
    var databasePath: String?

    @Flag(help: "A short run (30 changes, 3 idle seconds), to check that everything works.")
    var quick = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: "Changes to time (default 200; 30 with --quick).")
    var changes: Int?

    @Option(help: "Follower sessions woken by changes (default 4; 2 with --quick).")
    var sessions: Int?

    @Option(help: "Polling follower sessions, the baseline (default 4; 1 with --quick; 0 skips it).")
    var baselineSessions: Int?

    @Option(help: "Seconds the followers are left idle while their CPU is measured (default 20; 3 with --quick).")
    var idleSeconds: Double?

    func validate() throws {
        if let changes, changes <= 0 { throw ValidationError("--changes must be a positive whole number, like 200.") }
        if let sessions, sessions <= 0 { throw ValidationError("--sessions must be a positive whole number, like 4.") }
        if let baselineSessions, baselineSessions < 0 { throw ValidationError("--baseline-sessions must be 0 or more.") }
        if let idleSeconds, idleSeconds <= 0 { throw ValidationError("--idle-seconds must be positive, like 20.") }
        if let sessions, let baselineSessions, sessions + baselineSessions > 200 {
            throw ValidationError("At most 200 follower sessions in all; each is a process.")
        }
    }

    func run() async throws {
        let directory = try WorkDirectory(requested: nil)
        defer { directory.remove() }
        let path = databasePath ?? directory.url.appendingPathComponent("live.sqlite").path
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var plan =
            quick ? LiveBenchPlan.quick(databasePath: path, executable: executable) : .full(databasePath: path, executable: executable)
        if let changes { plan.changes = changes }
        if let sessions { plan.sessions = sessions }
        if let baselineSessions { plan.baselineSessions = baselineSessions }
        if let idleSeconds { plan.idleSeconds = idleSeconds }
        let report: LiveBenchReport
        do {
            report = try await LiveBenchRun(plan: plan).run { printError("bench live: " + $0) }
        } catch let error as LiveBenchError {
            printError(error.description)
            throw ExitCode(1)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(report.text)
        }
    }
}

/// The follower process `bench live` starts: one session on a headless terminal.
struct BenchLiveFollower: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live-follower",
        abstract: "A follower session for `baedal bench live` (not for direct use).",
        shouldDisplay: false)

    @Option(name: .customLong("db")) var databasePath: String
    @Option var account: String
    @Flag var polling = false

    func run() async throws {
        try await LiveFollower.run(databasePath: databasePath, account: account, polling: polling)
    }
}
