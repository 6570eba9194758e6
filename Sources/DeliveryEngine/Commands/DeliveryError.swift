import DeliveryDomain
import EventStore
import Foundation
import Payments

/// Everything the engine can refuse or fail with, each with a sentence a person understands.
public enum DeliveryError: Error, CustomStringConvertible, Equatable {
    /// A rule of the scenario said no.
    case refused(RuleViolation)
    /// The card was not accepted before any money moved.
    case invalidCard(CardValidationError)
    /// Other commands kept winning the race for the same stream.
    case busy(stream: String, attempts: Int)
    /// The database could not do what was asked; the message says what went wrong.
    case storage(String)
    case unknownStoreName(String)
    case ambiguousStoreName(String, count: Int)
    /// A setting's value was not usable; the message says what to give instead.
    case invalidSetting(String)

    public var description: String {
        switch self {
        case .refused(let violation): violation.description
        case .invalidCard(let error): error.description
        case .busy(let stream, let attempts):
            "\(stream) changed under this command \(attempts) times in a row; nothing was changed. Try again."
        case .storage(let message): message
        case .unknownStoreName(let name): "No store is called \(name); `stores` lists them."
        case .ambiguousStoreName(let name, let count): "\(count) stores are called \(name); use the store's id."
        case .invalidSetting(let message): message
        }
    }

    public var violation: RuleViolation? {
        if case .refused(let v) = self { return v }
        return nil
    }

    static func wrap(_ error: any Error) -> DeliveryError {
        switch error {
        case let error as DeliveryError: error
        case let violation as RuleViolation: .refused(violation)
        case let card as CardValidationError: .invalidCard(card)
        default: .storage("\(error)")
        }
    }
}
