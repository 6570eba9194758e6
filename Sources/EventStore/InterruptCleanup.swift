import Dispatch
import Foundation
import Synchronization

/// What a command must undo if it is interrupted (SIGINT) or asked to stop (SIGTERM): scratch
/// folders holding copies of a database, a server a benchmark started. The first registration
/// replaces the default action of both signals (die, leaving everything behind) with: run every
/// registered step, newest first (as `defer` would), then exit with the conventional status
/// 128 + signal (130 or 143). A `kill -9` cannot be caught.
///
///     let undo = InterruptCleanup.register { try? FileManager.default.removeItem(at: folder) }
///     defer { InterruptCleanup.run(undo) }   // the normal way out does the same step once
public enum InterruptCleanup {
    /// One registered step, to run on the normal way out with ``run(_:)`` or to drop with
    /// ``unregister(_:)``.
    public struct Step: Hashable, Sendable {
        fileprivate let id: Int
    }

    private struct Registry {
        var nextID = 0
        var steps: [(id: Int, action: @Sendable () -> Void)] = []
    }

    private static let registry = Mutex(Registry())
    private static let installed = Mutex(false)
    // Dispatch sources are thread-safe; they are kept here only so they stay installed.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Registers `action` to run if the process is interrupted before the step is run or dropped.
    public static func register(_ action: @escaping @Sendable () -> Void) -> Step {
        installOnce()
        return registry.withLock { registry in
            defer { registry.nextID += 1 }
            registry.steps.append((registry.nextID, action))
            return Step(id: registry.nextID)
        }
    }

    /// Drops the step without running it.
    public static func unregister(_ step: Step) {
        _ = take(step)
    }

    /// Runs the step now and drops it; nothing if it already ran. Safe to call more than once.
    public static func run(_ step: Step) {
        take(step)?()
    }

    private static func take(_ step: Step) -> (@Sendable () -> Void)? {
        registry.withLock { registry in
            guard let index = registry.steps.firstIndex(where: { $0.id == step.id }) else { return nil }
            return registry.steps.remove(at: index).action
        }
    }

    private static func installOnce() {
        let first = installed.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return }
        var made: [any DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { runAllAndExit(status: 128 + signalNumber) }
            source.resume()
            made.append(source)
        }
        sources = made
    }

    private static func runAllAndExit(status: Int32) -> Never {
        let steps = registry.withLock { registry in
            defer { registry.steps = [] }
            return registry.steps
        }
        for step in steps.reversed() { step.action() }
        exit(status)
    }
}
