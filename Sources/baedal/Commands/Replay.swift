import ArgumentParser
import DeliveryEngine
import Foundation

struct Replay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild every read model from the event log and check it matches the live one.",
        discussion: """
            The log is replayed from its first event into a scratch database; each read-model table \
            is then compared row by row with the live database. Exits 1 if any table differs. \
            The scratch database lives in a private folder (0700) under the temporary folder and is \
            removed when the replay ends, is interrupted (exit 130) or is terminated (exit 143).
            """
    )

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let engine = try await EngineOpener.open(database.resolvedPath)
        // Private, and removed even on Ctrl-C or SIGTERM: the copy holds the accounts and orders too.
        let scratch = try ScratchDirectory(prefix: "baedal-replay")
        defer { scratch.remove() }
        let report = try await ReadModelAudit.run(engine: engine, scratchPath: scratch.path("read-models.sqlite"))
        print("replayed \(report.position) events in \(String(format: "%.2f", report.rebuildSeconds)) s")
        for table in report.tables {
            print("\(table.matches ? "match " : "DIFFER") \(table.table): live \(table.liveRows) rows, rebuilt \(table.rebuiltRows) rows")
        }
        print(report.allMatch ? "every read model matches the log" : "read models differ from the log")
        if !report.allMatch { throw ExitCode(1) }
    }
}
