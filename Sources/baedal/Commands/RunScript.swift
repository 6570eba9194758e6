import ArgumentParser
import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation

struct RunScript: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script of commands against the database, one result line per command.",
        discussion: """
            FILE holds one command per line (`-` reads standard input); the README documents the \
            language. The whole script is parsed first: a malformed line stops the run with \
            FILE:LINE:COLUMN and nothing applied.

            Time: a database is live (its times are the wall clock) or simulated, and says which \
            in its file. A script that gives --clock or says `clock` or `advance` makes a fresh \
            database simulated, continues a simulated one, and is refused on a live one: run it \
            against a new file with --db. Other scripts run on the database's own time. On a \
            simulated database the clock moves only with `clock` and `advance`, never behind an \
            event already recorded, and at most 366 days per `advance`.

            Messages are Korean unless --lang en (or BAEDAL_LANG=en) asks for English; `expect \
            refused "…"` matches the refusal in that language. Script errors (FILE:LINE:COLUMN) are \
            English, like the script's own words.

            The exit status is 1 when an `expect` fails, a refusal is not expected or the \
            database refuses the script's clock, 2 for a malformed script.
            """
    )

    @Argument(help: "The script file, or - for standard input.")
    var file: String

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Where the simulated clock starts, in Korean time (e.g. \"2026-11-25 12:00\").")
    var clock: String?

    @Option(help: "Seed for ids, so a script gives the same order ids every run.")
    var seed: UInt64?

    @OptionGroup var gateway: GatewayOptions

    @OptionGroup var languageOptions: LanguageOptions

    func run() async throws {
        let language = try languageOptions.language()
        let (data, name) = try readScript()
        let lines: [ScriptLine]
        do { lines = try ScriptParser.parse(data: data, file: name) } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        let start = try clock.map { text in
            guard let date = KoreanTime.parse(text) else {
                throw ValidationError("--clock takes a Korean time like \"2026-11-25 12:00\", not \"\(text)\".")
            }
            return date
        }
        let time = ScriptTime.request(for: lines, hasStart: start != nil)
        // A script may start a database (the sample stores do), but a mistyped --db should not
        // pass unnoticed: the new file is named on standard error.
        let creating = MissingDatabase.isMissing(database.resolvedPath)
        let live = try await EngineOpener.openLive(
            database.resolvedPath, gateway: gateway.url, time: time, seed: seed, language: language)
        if creating { EngineOpener.sayCreated(database.resolvedPath) }
        if let start {
            do { try await live.engine.setSimulatedTime(start) } catch {
                await live.close()
                printError("--clock: \(error.text(in: language))")
                throw ExitCode(1)
            }
        }
        let runner = ScriptRunner(engine: live.engine, language: language)
        for line in lines {
            let report = await runner.step(line)
            print(TranscriptFormat.line(report))
            for detail in report.details { print(TranscriptFormat.detail(detail)) }
        }
        runner.finish()
        await live.close()
        let expectations = lines.filter { if case .expect = $0.command { true } else { false } }.count
        print(ScriptText.summary(commands: lines.count, expectations: expectations, failed: runner.failures.count).text(in: language))
        // The failures go to standard error: flush the summary first, so a terminal (or a log taking
        // both streams) shows it whole, on its own line, before them.
        fflush(nil)
        for failure in runner.failures { printError("\(language == .korean ? "실패" : "failed"): \(failure)") }
        if !runner.failures.isEmpty { throw ExitCode(1) }
    }

    /// The script's bytes, read to the end as a stream: a pipe such as `baedal run <(…)`'s
    /// /dev/fd path has no size to read up front, so its contents are read until end of file.
    func readScript() throws -> (Data, String) {
        if file == "-" { return (try Self.readAll(FileHandle.standardInput, name: "standard input"), "<stdin>") }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw ValidationError("Cannot read the script \(file): no such file, or not readable.")
        }
        defer { try? handle.close() }
        return (try Self.readAll(handle, name: file), file)
    }

    /// A script larger than this is not a script (`/dev/zero`, a database given by mistake): stop
    /// reading rather than fill the memory.
    static let largestScript = 16 << 20

    static func readAll(_ handle: FileHandle, name: String) throws -> Data {
        var data = Data()
        while true {
            let chunk: Data
            do { chunk = try handle.read(upToCount: 64 << 10) ?? Data() } catch {
                throw ValidationError("Cannot read the script \(name): it is not a file that can be read (a folder?).")
            }
            if chunk.isEmpty { return data }
            data.append(chunk)
            guard data.count <= largestScript else {
                throw ValidationError("The script \(name) is larger than \(largestScript >> 20) MB; a script is a text file of commands.")
            }
        }
    }
}
