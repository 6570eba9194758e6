import ArgumentParser
import CursesDriver
import DeliveryEngine
import Foundation
import TerminalUI

/// Runs a session in the terminal: opens the engine, hands the screens a runtime, and lets
/// the curses driver feed it keys, resizes and ticks until the person quits.
@MainActor
enum SessionHost {
    /// The timer that drives live updates, countdowns and progress bars.
    static let tick = Duration.milliseconds(100)

    static func run(_ start: SessionStart, databasePath: String) async throws {
        let engine = try await EngineOpener.open(databasePath)
        let terminal = CursesTerminal()
        let services = LiveServices.make(databasePath: databasePath, terminal: terminal)
        let runtime = SessionRuntime(start: start, runner: EffectRunner(engine: engine, services: services))
        do {
            try terminal.start()
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        defer { terminal.stop() }
        runtime.paint = { [weak terminal] frame in terminal?.paint(frame) }
        await terminal.run(tickEvery: tick) { event in
            await runtime.handle(event)
        }
    }
}
