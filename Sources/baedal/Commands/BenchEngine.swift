import ArgumentParser
import DeliveryBench
import EventStore
import Foundation
import PostgresEngine
import PostgresEventStore

/// `baedal bench engine` (and plain `baedal bench`): the order engine against raw inserts.
struct BenchEngine: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine",
        abstract: "Measure the order engine against a raw insert baseline on this machine (SQLite, or PostgreSQL with --db).",
        discussion: """
            Three measurements in one run, on temporary databases: SQLite files by default; with \
            --db postgres://…, fresh schemas on that server (bench_…, dropped at the end), never the \
            schema the URL names.

            1. Raw baseline: one client inserting one plain row per transaction (RawInsertBaseline), \
            with the log's pool settings and durability: inserts/s and p50/p99 latency. It runs in \
            rounds between the engine's client counts, and the engine is compared with the median \
            round, because a shared machine's floor drifts.

            2. Engine: 1, 8 and 64 concurrent customers each placing an order with the sandbox test \
            card and paying for it (two appends per order) against one engine and one store, after a \
            warm-up: orders/s, commands/s, latency, group-commit statistics, and the ratio of each rate \
            to the raw baseline. The targets (≥ 0.5 of raw at 1 client; at 64, ≥ 1.0 on SQLite and \
            ≥ 2.0 on PostgreSQL) are checked for both ratios and the verdicts printed as measured.

            On PostgreSQL the raw baseline is one plain row per autocommitted INSERT on the same \
            server, with the same number of clients as the engine level it is compared with (the \
            server commits concurrent transactions together, so the floor depends on it); each level \
            is compared with the mean of the rounds measured just before and just after it. After \
            each level, one client sends groups of that level's size back to back, each one call of \
            the server's append function: the most one process can append there with one call at a \
            time, printed beside the engine's rate (engine÷ceiling) and the raw baseline \
            (ceiling÷raw). Section 3 is SQLite only, and the report says why.

            3. Log size: a history of realistic order streams is written straight to the log (10k and \
            1M events by default); the read models catch up once (timed apart), then re-opening the \
            engine and placing + paying an order are timed. Both should stay flat as the log grows, \
            because the read models keep a checkpoint instead of replaying the log.

            A shared machine's rates move by the hour, the raw floor's too: --repeat N measures each \
            client count N times in a row, each run between raw rounds of its own (on PostgreSQL), \
            prints every run, and checks the targets on the median run.

            --quick shrinks every size so the run finishes well under a minute even in a debug build; \
            the full run takes a few minutes in release. Progress goes to standard error, the report \
            to standard output (as JSON with --json).
            """
    )

    enum Durability: String, ExpressibleByArgument, CaseIterable {
        case full, normal
        var synchronous: SQLiteEventStore.Synchronous { self == .full ? .full : .normal }
    }

    @Flag(help: "Small sizes and short runs, for a check that everything works.")
    var quick = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(
        help: "SQLite durability for the baseline and the engine alike: full (every commit fsynced) or normal (default full; SQLite only)."
    )
    var synchronous: Durability?

    @Option(
        help: """
            A PostgreSQL server to measure on: postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE or \
            postgres:///DATABASE?host=/socket/dir&user=USER. The run creates and drops schemas of its own there. \
            Default: temporary SQLite files.
            """)
    var db: String?

    @Option(help: "Raw inserts per baseline round; a round runs before each client count and once after (default 1000; 100 with --quick).")
    var rawInserts: Int?

    @Option(help: "Concurrent clients, comma-separated (default 1,8,64).")
    var clients: String?

    @Option(help: "Seconds measured at each client count (default 10; 1.5 with --quick).")
    var seconds: Double?

    @Option(
        name: .customLong("repeat"),
        help: """
            Runs of each client count, one after another (default 1). The targets are checked on the median run, \
            and every run's ratio is printed.
            """)
    var repeats: Int?

    @Option(help: "Unmeasured warm-up seconds before each client count (default 2; 0.5 with --quick).")
    var warmupSeconds: Double?

    @Option(help: "Log sizes in events, comma-separated (default 10000,1000000; 500,2000 with --quick). 0 skips section 3.")
    var logSizes: String?

    @Option(help: "Re-opens timed per log size (default 7; 3 with --quick).")
    var reopens: Int?

    @Option(help: "Orders timed one at a time per log size (default 200; 30 with --quick).")
    var commandSamples: Int?

    @Option(help: "Directory for the temporary databases (default: a new temporary directory, removed afterwards).")
    var workDir: String?

    func validate() throws {
        _ = try Self.counts(clients, option: "--clients")
        _ = try Self.counts(logSizes, option: "--log-sizes", allowZero: true)
        if let seconds, seconds <= 0 { throw ValidationError("--seconds must be positive.") }
        if let rawInserts, rawInserts <= 0 { throw ValidationError("--raw-inserts must be positive.") }
        if let repeats, !(1...Self.mostRepeats).contains(repeats) {
            throw ValidationError("--repeat takes the number of runs of each client count, from 1 to \(Self.mostRepeats); not \(repeats).")
        }
        if let db {
            guard PostgresURL.looksLikePostgresURL(db) else {
                throw ValidationError(
                    "--db takes a PostgreSQL URL (postgres://…); on SQLite the benchmark writes temporary files of its own "
                        + "(see --work-dir), so leave --db out.")
            }
            do {
                _ = try PostgresURL(parsing: db)
            } catch {
                throw ValidationError("--db: \(error)")
            }
            if synchronous != nil {
                throw ValidationError(
                    "--synchronous is SQLite's setting; on PostgreSQL both sides run with the server's own "
                        + "(synchronous_commit, fsync), which the report prints.")
            }
        }
    }

    func run() async throws {
        let directory = try WorkDirectory(requested: workDir)
        defer { directory.remove() }
        let report = try await BenchRun(plan: try makePlan(in: directory.url)).run(progress: progress)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(report.text)
        }
    }

    private func makePlan(in directory: URL) throws -> BenchPlan {
        let synchronous = (synchronous ?? .full).synchronous
        var plan =
            quick
            ? BenchPlan.quick(workDirectory: directory, synchronous: synchronous)
            : BenchPlan.full(workDirectory: directory, synchronous: synchronous)
        if let rawInserts { plan.rawInserts = rawInserts }
        if let counts = try Self.counts(clients, option: "--clients") { plan.clientCounts = counts }
        if let seconds { plan.measuredSecondsPerLevel = seconds }
        if let repeats { plan.repeats = repeats }
        if let warmupSeconds { plan.warmupSecondsPerLevel = max(0, warmupSeconds) }
        if let sizes = try Self.counts(logSizes, option: "--log-sizes", allowZero: true) {
            plan.logSizes = sizes.filter { $0 > 0 }
        }
        if let reopens { plan.reopenSamples = max(1, reopens) }
        if let commandSamples { plan.commandSamples = max(1, commandSamples) }
        if let db {
            // The engine as every other command opens it on PostgreSQL (its pool of 16 at most):
            // more server processes than cores only compete for them. The raw baseline's clients
            // each have a connection of their own, as plain clients would.
            plan.database = .postgres(location: db, backend: PostgresBackend())
        }
        return plan
    }

    /// Enough to read a median through an hour's noise; more is a long run by mistake.
    static let mostRepeats = 100

    private static func counts(_ text: String?, option: String, allowZero: Bool = false) throws -> [Int]? {
        guard let text else { return nil }
        let values = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil && ($0! > 0 || (allowZero && $0! == 0)) }) else {
            throw ValidationError("\(option) takes comma-separated whole numbers, like 1,8,64; not \"\(text)\".")
        }
        return values.map { $0! }
    }

    /// Standard error, so `--json > report.json` still captures only the report.
    private func progress(_ message: String) {
        printError("bench: " + message)
    }
}
