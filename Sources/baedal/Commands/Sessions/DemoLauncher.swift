import CursesDriver
import DeliveryDomain
import Foundation
import SessionServer
import TerminalUI
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Hands the terminal to `baedal demo` when that subcommand exists, and takes it back.
enum DemoLauncher {
    static var isAvailable: Bool {
        Baedal.configuration.subcommands.contains { $0._commandName == "demo" }
    }

    @MainActor
    static func launch(terminal: CursesTerminal, language: Language) -> String {
        guard isAvailable else { return ScreenText.demoNotInThisBuild.text(in: language) }
        terminal.stop()
        defer { _ = try? terminal.start() }
        guard let status = runInForeground(executableURL.path, ["demo"]) else {
            return ScreenText.demoCouldNotStart.text(in: language)
        }
        return (status == 0 ? ScreenText.demoEnded : .demoEndedWithStatus(status)).text(in: language)
    }

    /// Runs a program on this terminal and waits for it, as a shell would: in this process's
    /// group, so it is in the foreground and can read keys (Foundation's Process starts a new
    /// group, which the terminal treats as background), with default signal handling; while
    /// it runs, Ctrl-C is the child's alone.
    /// Returns the exit status, or nil when the program could not start.
    static func runInForeground(_ path: String, _ arguments: [String]) -> Int32? {
        let interrupt = signal(SIGINT, SIG_IGN)
        let quit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, interrupt)
            signal(SIGQUIT, quit)
        }
        guard let pid = try? ChildLaunch(executable: path, arguments: arguments).start() else { return nil }
        return ChildLaunch.waitForExit(of: pid)
    }

    /// This very executable, so the demo is the same build as the launcher.
    static var executableURL: URL {
        if let real = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: real)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0])
    }
}
