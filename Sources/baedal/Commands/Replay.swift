import ArgumentParser
import DeliveryEngine
import Foundation

struct Replay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild every read model from the event log and check it matches the live one.",
        discussion: """
            The log is replayed from its first event into a scratch database; each read-model table \
            is then compared row by row with the live database. Exits 1 if any table differs.
            """
    )

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let engine = try await EngineOpener.open(database.resolvedPath)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baedal-replay-\(getpid()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) } }
        let report = try await ReadModelAudit.run(engine: engine, scratchPath: scratch)
        print("replayed \(report.position) events in \(String(format: "%.2f", report.rebuildSeconds)) s")
        for table in report.tables {
            print("\(table.matches ? "match " : "DIFFER") \(table.table): live \(table.liveRows) rows, rebuilt \(table.rebuiltRows) rows")
        }
        print(report.allMatch ? "every read model matches the log" : "read models differ from the log")
        if !report.allMatch { throw ExitCode(1) }
    }
}
