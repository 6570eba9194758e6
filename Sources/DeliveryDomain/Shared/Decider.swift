/// The Decider pattern: all of a rule fits in `decide`; `evolve` only folds facts.
/// The current time arrives inside the command, never read from a clock here.
public protocol Decider {
    associatedtype State: Sendable
    associatedtype Command: Sendable
    associatedtype Event: Sendable

    static var initialState: State { get }
    static func decide(_ command: Command, _ state: State) throws(RuleViolation) -> [Event]
    static func evolve(_ state: State, _ event: Event) -> State
}

extension Decider {
    public static func fold<S: Sequence>(_ events: S) -> State where S.Element == Event {
        events.reduce(initialState, evolve)
    }
}
