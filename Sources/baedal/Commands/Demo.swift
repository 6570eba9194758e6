import ArgumentParser
import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import DemoReplay
import EventStore
import Foundation

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay a script on a fresh database while customer, owner and rider panes watch.",
        discussion: """
            With no SCRIPT it plays the tour in fixtures/tour.baedal, which walks every rule. Each pane \
            is a role's own screen, as `baedal customer`, `owner` and `rider` draw it, following the \
            people of the order the step is about. Time is simulated and shared by the panes; jumps \
            such as `advance 61m` play out faster than real time. Keys: Space pauses and resumes, → \
            steps one command, + and − change the speed, ? shows the keys, q quits. --headless prints a \
            transcript instead (a line per step and per change each role sees) and exits 1 if any \
            `expect` fails.
            """
    )

    @Argument(help: "The script to replay (default: fixtures/tour.baedal).")
    var script: String?

    @Flag(help: "Print a transcript instead of showing the panes.")
    var headless = false

    @Option(help: "How fast the replay runs: 1 is the default pace, 2 twice as fast.")
    var speed: Double = 1

    func validate() throws {
        guard speed > 0, speed <= 100 else { throw ValidationError("--speed must be above 0 and at most 100, not \(speed).") }
    }

    func run() async throws {
        let path = script ?? FixtureLocator.path("tour.baedal")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("Cannot read the script \(path).")
        }
        let lines: [ScriptLine]
        do { lines = try ScriptParser.parse(data: data, file: path) } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        // Private (0700, unpredictable name). No signal cleanup here, because the player owns the
        // terminal: a demo killed outright leaves its folder to the next demo, which removes it.
        let directory = try PrivateFiles.makeScratchDirectory(prefix: "baedal-demo")
        defer { PrivateFiles.removeScratchDirectory(directory) }
        let clock = SimulatedClock(KoreanTime.parse("2026-11-25 12:00")!)
        let engine = try await DeliveryEngine.open(
            path: directory.appendingPathComponent("demo.sqlite").path,
            options: .init(clock: clock, ids: .seeded(42), hasher: .fastForTests, synchronous: .normal))
        let session = DemoSession(engine: engine, lines: lines)
        if headless {
            while let step = await session.step() {
                for line in HeadlessTranscript.lines(for: step) { print(line) }
            }
            print("")
            print("\(lines.count) steps, \(session.failures.count) failed")
            for failure in session.failures { printError("failed: \(failure)") }
            if !session.failures.isEmpty { throw ExitCode(1) }
            return
        }
        try await DemoPlayer(session: session, clock: clock, speed: speed).play()
    }
}
