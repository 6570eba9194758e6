import ArgumentParser
import DeliveryBench
import Foundation

/// `baedal drill …`: rehearsals of bad days, each ending in a report that proves nothing was lost.
struct Drill: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Rehearse a bad day against a throwaway database and report what happened.",
        discussion: """
            Each drill starts its own payment gateway on a free port and a fresh temporary database, \
            runs simulated customers against the engine with the payment worker charging the outbox, \
            and audits the log against the gateway's ledger: orders lost and double charges must be 0.
            """,
        subcommands: [DrillPaymentOutage.self, DrillEventDay.self]
    )
}

/// Options every drill shares.
struct DrillCommonOptions: ParsableArguments {
    @Flag(help: "Print the report as JSON on standard output.")
    var json = false

    @Flag(help: "No progress line on standard error.")
    var quiet = false

    @Option(help: "Give up waiting for the payment queue to drain after this many seconds.")
    var drainTimeout: Double = 120

    @Option(help: "Keep the drill's database at this path instead of a deleted temporary file.")
    var db: String?

    /// Runs `body` on the drill's database: --db, or else a private scratch copy, removed at
    /// the end, on an error, and on SIGINT/SIGTERM.
    func withDatabase<T>(_ body: (String) async throws -> T) async throws -> T {
        if let db { return try await body(db) }
        let scratch = try ScratchDirectory(prefix: "baedal-drill")
        defer { scratch.remove() }
        return try await body(scratch.path("drill.sqlite"))
    }
}

enum DrillOutput {
    static func finish(_ report: DrillReport, json: Bool) async throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(report.text())
        }
        if !report.passed { throw ExitCode(1) }
    }
}
