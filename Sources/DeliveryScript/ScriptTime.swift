import DeliveryEngine
import Foundation

/// What a script asks of the database's time.
///
/// A script that gives `--clock`, or says `clock` or `advance`, is a simulation: it makes a fresh
/// database simulated (or continues a simulated one) and is refused on a live one. Any other
/// script runs on the database's own time: the wall clock on a live database.
public enum ScriptTime {
    /// How to open the database for `lines`; a --clock start is then set with
    /// ``DeliveryEngine/setSimulatedTime(_:)``, which refuses a time behind the recorded events.
    public static func request(for lines: [ScriptLine], hasStart: Bool) -> TimeRequest {
        hasStart || lines.contains(where: { $0.command.movesClock }) ? .simulatedContinuing : .wallClock
    }
}

extension ScriptCommand {
    /// `clock` and `advance`: the commands only a simulated database takes.
    public var movesClock: Bool {
        switch self {
        case .setClock, .advance: true
        default: false
        }
    }
}
