import DeliveryDomain
import DeliveryEngine
import Foundation
import TerminalUI

/// The watching half of `baedal bench live`, run as a process of its own: a real customer
/// session (the same ``SessionRuntime`` a terminal runs) on a headless terminal, woken by the
/// database's change watcher or, for the baseline, polling every 100 ms as sessions used to.
///
/// Each time the session has taken in a new head of the log — read it, re-fetched what its
/// screen shows, updated its model — it prints `seen HEAD NANOSECONDS` (the monotonic clock)
/// to standard output, which the benchmark reads. `ready` comes first, once the store list is
/// on screen. It runs until it is terminated.
public enum LiveFollower {
    @MainActor
    public static func run(databasePath: String, account: String, polling: Bool) async throws {
        let engine = try await DeliveryEngine.open(path: databasePath, options: .init(hasher: .fastForTests))
        let state = try await engine.account(named: account)
        guard let actor = state.actor else { throw LiveBenchError("No account is named \(account).") }
        let services = SessionServices(
            loadSampleStores: { _ in .failure(.invalidSetting("The benchmark's sessions do not load sample stores.")) },
            launchDemo: { _ in "The benchmark's sessions do not play the demo." })
        let runtime = SessionRuntime(start: .launcher, runner: EffectRunner(engine: engine, services: services))
        await runtime.dispatch(.signedIn(.success(SignedIn(actor: actor, name: state.name, passwordRevision: state.passwordRevision))))

        let terminal = HeadlessTerminal()
        let wake = polling ? nil : DatabaseWake(databasePath: engine.wakePath)
        runtime.isWokenByChanges = wake != nil
        var reported = runtime.observedHead
        say("ready")
        await TerminalLoop.run(terminal, wake: wake, tickInterval: { runtime.tickInterval(at: Date()) }) { event in
            let step = await runtime.handle(event)
            if let head = runtime.observedHead, head != reported {
                reported = head
                say("seen \(head) \(MonotonicTime.nanoseconds())")
            }
            return step
        }
    }

    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
