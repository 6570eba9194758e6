import DeliveryDomain
import Foundation
import TerminalUI

/// Everything the demo screen shows, and the player's controls. Pure: the player runs steps
/// and loads panes; `update` only turns keys into decisions.
public struct DemoModel: Equatable, Sendable {
    public var size = TerminalSize(width: 120, height: 36)
    public var clockText = ""
    public var speed: Double = 1
    public var paused = false
    public var caption = ""
    public var panes: [PaneModel] = Role.allCases.map { PaneModel(role: $0, name: nil, lines: []) }
    public var log: [String] = []
    public var showHelp = false
    public var finished = false
    public var failures = 0
    public var stepNumber = 0
    public var stepCount = 0

    public init() {}

    public static let speeds: [Double] = [0.25, 0.5, 1, 2, 4, 8, 16]

    public static let hints = [
        KeyHint(key: "Space", action: "pause/resume"), KeyHint(key: "→", action: "step"),
        KeyHint(key: "+/-", action: "speed"), KeyHint(key: "?", action: "keys"), KeyHint(key: "q", action: "quit"),
    ]

    /// What the player should do after a key.
    public enum Decision: Equatable, Sendable {
        case none, stepOnce, quit
    }

    public mutating func handle(_ key: Key) -> Decision {
        if showHelp {
            if HelpOverlay.isDismissal(key) || HelpOverlay.isToggle(key) { showHelp = false }
            return key == .character("q") ? .quit : .none
        }
        switch key {
        case .character(" "): paused.toggle()
        case .right, .character("l"), .character("n"):
            paused = true
            return .stepOnce
        case .character("+"), .character("="): speed = Self.speeds.first { $0 > speed } ?? speed
        case .character("-"), .character("_"): speed = Self.speeds.last { $0 < speed } ?? speed
        case .character("?"): showHelp = true
        case .character("q"), .escape: return .quit
        default: break
        }
        return .none
    }

    /// Wall-clock seconds before the next step, at this speed.
    public func pause(afterCaption: Bool) -> Double { (afterCaption ? 3.2 : 1.1) / speed }

    public mutating func record(_ lines: [String]) {
        log.append(contentsOf: lines.filter { !$0.isEmpty })
        if log.count > 200 { log.removeFirst(log.count - 200) }
    }
}
