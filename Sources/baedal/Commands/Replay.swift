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
            removed when the replay ends, is interrupted (exit 130) or is terminated (exit 143). \
            With --json the report is one JSON object: events, seconds, events_per_second, \
            all_match and each table's rows.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() async throws {
        let engine = try await EngineOpener.openExisting(database.resolvedPath)
        // Private, and removed even on Ctrl-C or SIGTERM: the copy holds the accounts and orders too.
        let scratch = try ScratchDirectory(prefix: "baedal-replay")
        defer { scratch.remove() }
        let report = try await ReadModelAudit.run(engine: engine, scratchPath: scratch.path("read-models.sqlite"))
        if json {
            print(try ReplayJSON(report).encoded())
        } else {
            print(
                "replayed \(report.events) events in \(String(format: "%.2f", report.rebuildSeconds)) s "
                    + "(\(Int(report.eventsPerSecond.rounded())) events/s)")
            for table in report.tables {
                print(
                    "\(table.matches ? "match " : "DIFFER") \(table.table): live \(table.liveRows) rows, rebuilt \(table.rebuiltRows) rows")
            }
            print(report.allMatch ? "every read model matches the log" : "read models differ from the log")
        }
        if !report.allMatch { throw ExitCode(1) }
    }
}

/// `replay --json`: the rebuild's size and speed, and each table's verdict.
private struct ReplayJSON: Encodable {
    struct Table: Encodable {
        let table: String
        let liveRows: Int
        let rebuiltRows: Int
        let matches: Bool
    }

    let events: Int
    let position: Int64
    let seconds: Double
    let eventsPerSecond: Double
    let allMatch: Bool
    let tables: [Table]

    init(_ report: ReadModelAudit.Report) {
        events = report.events
        position = report.position
        seconds = report.rebuildSeconds
        eventsPerSecond = report.eventsPerSecond
        allMatch = report.allMatch
        tables = report.tables.map {
            Table(table: $0.table, liveRows: $0.liveRows, rebuiltRows: $0.rebuiltRows, matches: $0.matches)
        }
    }

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
