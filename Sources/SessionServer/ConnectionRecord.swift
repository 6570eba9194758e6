import DeliveryDomain
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
        var admittedAt: Date?
        var sessionChannelOpened = false
        var askedForShell = false
        var failedAttempts = 0
        var passwordChecks = 0
        var endReason: String?
    }
    private let state = NIOLockedValueBox(State())

    init(address: String, started: Date) {
        self.address = address
        self.started = started
    }

    var visitor: Visitor? { state.withLockedValue { $0.visitor } }

    /// When the connection authenticated; nil before.
    var admittedAt: Date? { state.withLockedValue { $0.admittedAt } }

    func admitted(_ name: String, as visitor: Visitor, at now: Date = Date()) {
        state.withLockedValue {
            $0.userName = name
            $0.visitor = visitor
            $0.admittedAt = $0.admittedAt ?? now
        }
    }

    /// Takes the connection's one session channel: true the first time only.
    func openSessionChannel() -> Bool {
        state.withLockedValue { state in
            defer { state.sessionChannelOpened = true }
            return !state.sessionChannelOpened
        }
    }

    /// Whether the session channel has asked for a shell (whether or not one started).
    var askedForShell: Bool {
        get { state.withLockedValue { $0.askedForShell } }
        set { state.withLockedValue { $0.askedForShell = newValue } }
    }

    /// Counts a password about to be checked, and says whether it may be: at most `limit` per
    /// connection, counted as they are asked rather than as they are answered, since a client
    /// may send its requests without waiting for the answers (one sent 14 through a limit of 3,
    /// each a slow hash on the server).
    func mayCheckPassword(limit: Int) -> Bool {
        state.withLockedValue {
            $0.passwordChecks += 1
            return $0.passwordChecks <= limit
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
                case .account(let name, _): Self.printable(name)
                case .newcomer: "\(Self.printable(state.userName ?? "?")) (newcomer)"
                case nil: state.userName.map { "\(Self.printable($0)) (not signed in)" } ?? "(no user name)"
                }
            let seconds = String(format: "%.1f", now.timeIntervalSince(started))
            let failures = state.failedAttempts > 0 ? ", \(state.failedAttempts) wrong password(s)" : ""
            return "connection from \(address): \(who), \(seconds) s\(failures); ended: \(state.endReason ?? "client disconnected")"
        }
    }

    /// Longest user name a log line shows: an account name is far shorter, and a client may
    /// send tens of kilobytes.
    static let loggedNameLimit = 64

    /// A name the client chose, fit for the operator's terminal: control characters and line
    /// breaks escaped (or a name could forge log lines, or drive the terminal), and cut short.
    static func printable(_ name: String) -> String {
        let shown = name.count > loggedNameLimit ? String(name.prefix(loggedNameLimit)) + "…" : name
        return FreeText.escapedForTerminal(shown)
    }
}
