import Foundation

/// What one line of a script did, as a transcript shows it.
public struct StepReport: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case ok
        case refused
        case expectationMet
        case expectationFailed
    }

    public let line: Int
    public let at: Date
    public let actor: String?
    public let outcome: Outcome
    public let text: String
    /// Extra lines a `show` prints below the result.
    public let details: [String]

    public var isFailure: Bool { outcome == .expectationFailed }
}
