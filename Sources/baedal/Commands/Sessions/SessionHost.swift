import ArgumentParser
import DeliveryDomain
import CursesDriver
import DeliveryEngine
import Foundation
import TerminalUI
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a session in the terminal: opens the engine, hands the screens a runtime, and lets
/// the curses driver feed it keys, resizes and ticks until the person quits.
@MainActor
enum SessionHost {
    /// `gateway` is `--payment-gateway`; with it (or a stored setting) a payment worker runs in
    /// the background until the session quits. `signedInAs` opens that account's session
    /// without asking for its password: only `baedal serve` passes it, after the SSH connection
    /// proved the password (see `ServedSession`), with the password revision it checked
    /// (`passwordRevision`, nil for a key), and the connection's address as `signInSource`.
    /// Every screen is worded in `language`.
    /// `askBeforeCreating` (a role's session): a database file that is not there is asked about
    /// before it is created (see ``MissingDatabase``).
    static func run(
        _ start: SessionStart, databasePath: String, gateway: String? = nil,
        signedInAs account: String? = nil, passwordRevision: Int? = nil, served: Bool = false,
        signInSource: SignInSource = .thisMachine, language: Language = .standard, askBeforeCreating: Bool = false
    ) async throws {
        // ncurses would draw into a file or a pipe and then read end-of-file forever.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            printError(
                "baedal's sessions need an interactive terminal: standard input and output must both be one. "
                    + "To script the engine, use `baedal run`.")
            throw ExitCode(1)
        }
        if askBeforeCreating, MissingDatabase.isMissing(databasePath), !MissingDatabase.mayCreate(databasePath, language: language) {
            throw ExitCode(1)
        }
        let live = try await EngineOpener.openLive(databasePath, gateway: gateway)
        let engine = live.engine
        let terminal = CursesTerminal()
        let services =
            served
            ? LiveServices.served(databasePath: databasePath, from: signInSource)
            : LiveServices.make(databasePath: databasePath, terminal: terminal)
        let runtime = SessionRuntime(start: start, runner: EffectRunner(engine: engine, services: services), language: language)
        runtime.showDatabase(ServerFiles.name(ofDatabase: databasePath))
        do {
            try terminal.start()
        } catch {
            await live.close()
            printError("\(error)")
            throw ExitCode(1)
        }
        if let account, await !runtime.resumeSignedIn(as: account, passwordRevision: passwordRevision) {
            terminal.stop()
            await live.close()
            printError("No account is named \(account).")
            throw ExitCode(1)
        }
        // Other processes' commits wake the session; without inotify it polls every 100 ms.
        await runtime.run(on: terminal, wake: DatabaseWake(databasePath: engine.wakePath))
        terminal.stop()
        await live.close()
    }
}
