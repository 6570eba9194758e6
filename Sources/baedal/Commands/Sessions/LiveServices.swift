import CursesDriver
import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation
import Payments
import TerminalUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real implementations of what sessions need beyond the UI: card payments, the
/// sample stores and the demo.
enum LiveServices {
    @MainActor
    static func make(databasePath: String, terminal: CursesTerminal) -> SessionServices {
        SessionServices(
            checkout: { engine, store, lines, card, actor in
                await outcome {
                    let result = try await engine.placeOrder(from: store, lines: lines, card: details(card), as: actor)
                    return .placed(result.order, result.payment)
                }
            },
            pay: { engine, order, card, actor in
                await outcome { .payment(try await engine.pay(order, card: details(card), as: actor)) }
            },
            loadSampleStores: { await SampleStores.load(into: databasePath) },
            launchDemo: { [weak terminal] in
                guard let terminal else { return "The demo is not available." }
                return DemoLauncher.launch(terminal: terminal)
            })
    }

    static func details(_ card: CardEntry) -> CardDetails {
        CardDetails(number: card.number, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear, cvc: card.cvc)
    }

    static func outcome(_ body: () async throws -> ActionOutcome) async -> Result<ActionOutcome, DeliveryError> {
        do {
            return .success(try await body())
        } catch let error as DeliveryError {
            return .failure(error)
        } catch {
            return .failure(.storage("\(error)"))
        }
    }
}

/// Loads `fixtures/sample-stores.baedal` into the database through the script runner.
enum SampleStores {
    static func load(into databasePath: String) async -> Result<String, DeliveryError> {
        let file = URL(fileURLWithPath: FixtureLocator.path("sample-stores.baedal"))
        guard FileManager.default.fileExists(atPath: file.path) else {
            return .failure(.storage(
                "Cannot find fixtures/sample-stores.baedal: set BAEDAL_FIXTURES to the fixtures folder, or run baedal from the project folder."))
        }
        do {
            let lines = try ScriptParser.parse(data: try Data(contentsOf: file), file: file.path)
            let clock = SimulatedClock(Date())
            let engine = try await DeliveryEngine.open(
                path: databasePath, options: DeliveryEngine.Options(clock: clock, hasher: .fromEnvironment()))
            let runner = ScriptRunner(engine: engine, clock: clock)
            for line in lines { _ = await runner.step(line) }
            runner.finish()
            if let failure = runner.failures.first {
                return .failure(.storage("The sample script failed: \(failure)"))
            }
            let stores = try await engine.stores().count
            return .success("샘플 가게를 불러왔어요 (가게 \(stores)곳). 고객 김민수 / minsu-1234, 사장님 박사장 / hongkong-1234, 라이더 정라이더 / rider-12345 로 로그인해 보세요.")
        } catch let error as DeliveryError {
            return .failure(error)
        } catch {
            return .failure(.storage("\(error)"))
        }
    }
}

/// Hands the terminal to `baedal demo` when that subcommand exists, and takes it back.
enum DemoLauncher {
    static var isAvailable: Bool {
        Baedal.configuration.subcommands.contains { $0._commandName == "demo" }
    }

    @MainActor
    static func launch(terminal: CursesTerminal) -> String {
        guard isAvailable else { return "The demo is not available in this build: `baedal demo` does not exist yet." }
        terminal.stop()
        defer { _ = try? terminal.start() }
        guard let status = runInForeground(executableURL.path, ["demo"]) else {
            return "The demo could not start."
        }
        return status == 0 ? "데모가 끝났어요." : "The demo ended with status \(status)."
    }

    /// Runs a program on this terminal and waits for it, as a shell would: in this process's
    /// group, so it is in the foreground and can read keys (Foundation's Process starts a new
    /// group, which the terminal treats as background), with default signal handling; while
    /// it runs, Ctrl-C is the child's alone.
    /// Returns the exit status, or nil when the program could not start.
    static func runInForeground(_ path: String, _ arguments: [String]) -> Int32? {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let interrupt = signal(SIGINT, SIG_IGN)
        let quit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, interrupt)
            signal(SIGQUIT, quit)
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, nil, &attributes, argv, environ)
        guard spawned == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// This very executable, so the demo is the same build as the launcher.
    static var executableURL: URL {
        if let real = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: real)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0])
    }
}
