import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation

/// One step of the replay: what ran, and what each watching role now sees differently.
public struct DemoStep: Sendable {
    public struct Change: Sendable, Equatable {
        public let role: Role
        public let name: String
        public let lines: [String]
    }
    public let report: StepReport
    public let source: String
    public let isCaption: Bool
    public let changes: [Change]
}

/// Replays a parsed script one line at a time on a fresh database. Each role's pane follows
/// the account of that role that acted last, so the viewer always watches the action.
/// Unchecked Sendable for the same reason as `ScriptRunner`: one driver at a time.
public final class DemoSession: @unchecked Sendable {
    public let engine: DeliveryEngine
    public let runner: ScriptRunner
    public let lines: [ScriptLine]
    public private(set) var index = 0
    public private(set) var watched: [Role: Actor] = [:]
    private var seen: [Role: [String]] = [:]
    /// The last refusal each role met, shown in its pane where that user would see it.
    public private(set) var refusals: [Role: String] = [:]

    public init(engine: DeliveryEngine, lines: [ScriptLine]) {
        self.engine = engine
        self.runner = ScriptRunner(engine: engine)
        self.lines = lines
    }

    public var isFinished: Bool { index >= lines.count }
    public var failures: [String] { runner.failures }
    public var upcoming: ScriptLine? { isFinished ? nil : lines[index] }

    public func name(of role: Role) -> String? { watched[role].map(runner.displayName) }

    /// The panes as they stand now, with the last step's changes highlighted.
    public func panes(highlighting step: DemoStep?) async -> [PaneModel] {
        var panes: [PaneModel] = []
        for role in Role.allCases {
            let fresh = step?.changes.first { $0.role == role }?.lines ?? []
            panes.append(await PaneLoader.load(role, session: self, fresh: fresh))
        }
        return panes
    }

    /// Runs the next line. Nil once the script has ended. When the player has already moved
    /// the clock through an `advance` (to animate it), the line only fires what fell due.
    public func step(clockAlreadyAdvanced: Bool = false) async -> DemoStep? {
        guard !isFinished else { return nil }
        var line = lines[index]
        if clockAlreadyAdvanced, case .advance = line.command {
            line = ScriptLine(number: line.number, source: line.source, command: .advance(seconds: 0))
        }
        index += 1
        let report = await runner.step(line)
        if isFinished { runner.finish() }
        if let actor = runner.currentActor {
            watched[actor.role] = actor
            if report.outcome == .refused {
                refusals[actor.role] = String(report.text.dropFirst("refused: ".count))
            } else if report.outcome == .ok, !line.source.hasPrefix("as ") {
                refusals[actor.role] = nil
            }
        }
        var changes: [DemoStep.Change] = []
        for role in Role.allCases {
            guard let actor = watched[role] else { continue }
            let now = await RoleDigest.lines(for: actor, engine: engine, runner: runner)
            let before = seen[role] ?? []
            let fresh = now.filter { !before.contains($0) }
            seen[role] = now
            if !fresh.isEmpty { changes.append(.init(role: role, name: runner.displayName(of: actor), lines: fresh)) }
        }
        var isCaption = false
        if case .caption = line.command { isCaption = true }
        return DemoStep(report: report, source: line.source, isCaption: isCaption, changes: changes)
    }
}
