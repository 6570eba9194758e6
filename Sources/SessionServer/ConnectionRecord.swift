import Foundation
import NIOConcurrencyHelpers

/// What the server knows about one connection: where it came from, who it proved to be, and
/// why it ended. Shared between the connection's authentication, its session channel and the
/// log line written when it closes; every field is behind a lock.
public final class ConnectionRecord: Sendable {
    public let address: String
    public let started: Date
    private struct State {
        var userName: String?
        var visitor: Visitor?
        var failedAttempts = 0
        var endReason: String?
    }
    private let state = NIOLockedValueBox(State())

    init(address: String, started: Date) {
        self.address = address
        self.started = started
    }

    var visitor: Visitor? { state.withLockedValue { $0.visitor } }

    func admitted(_ name: String, as visitor: Visitor) {
        state.withLockedValue {
            $0.userName = name
            $0.visitor = visitor
        }
    }

    /// Counts a refused password and returns how many there have been.
    func refused(_ name: String) -> Int {
        state.withLockedValue {
            $0.userName = name
            $0.failedAttempts += 1
            return $0.failedAttempts
        }
    }

    /// Records why the connection ends; the first reason given wins.
    func ending(because reason: String) {
        state.withLockedValue { if $0.endReason == nil { $0.endReason = reason } }
    }

    /// One line for the operator: who, from where, how long, why it ended. Never a password.
    func logLine(endedAt now: Date) -> String {
        state.withLockedValue { state in
            let who: String =
                switch state.visitor {
                case .account(let name, _): name
                case .newcomer: "\(state.userName ?? "?") (newcomer)"
                case nil: state.userName.map { "\($0) (not signed in)" } ?? "(no user name)"
                }
            let seconds = String(format: "%.1f", now.timeIntervalSince(started))
            let failures = state.failedAttempts > 0 ? ", \(state.failedAttempts) wrong password(s)" : ""
            return "connection from \(address): \(who), \(seconds) s\(failures); ended: \(state.endReason ?? "client disconnected")"
        }
    }
}
