/// The Decider pattern: all of a rule fits in `decide`; `evolve` only folds facts.
/// The current time arrives inside the command, never read from a clock here.
///
/// Every aggregate of the domain (an account, a store, an order, a stock shard, a store's
/// admission setting, a store-name claim) is one decider over one stream of events. Nothing
/// here does I/O, so a rule is tested the way it reads, given events, when a command, then
/// events or a refusal:
///
///     let given: [StoreEvent] = …                         // what the stream holds
///     let state = StoreDecider.fold(given)
///     let then = try StoreDecider.decide(.setMode(.busy, by: owner, now: now), state)
///     // then == [.modeChanged(…)], or a RuleViolation is thrown
///
/// The engine runs the same three steps against the event store: read the stream, `fold`,
/// `decide`, and append the events expecting the version it read. If another writer appended
/// first, the append is refused and the command is decided again on the fresh state.
public protocol Decider {
    /// What the rules need to know about the stream, folded from its events.
    associatedtype State: Sendable
    /// What someone asks for, with who asks and when.
    associatedtype Command: Sendable
    /// What happened, in past tense; the only thing stored.
    associatedtype Event: Sendable

    /// The state of a stream with no events yet.
    static var initialState: State { get }
    /// The events that carrying out `command` on `state` records, or the rule it breaks.
    /// An empty answer means "already so": the command changes nothing and is not an error.
    static func decide(_ command: Command, _ state: State) throws(RuleViolation) -> [Event]
    /// The state after one event. Never refuses: the event is a fact already accepted.
    static func evolve(_ state: State, _ event: Event) -> State
}

extension Decider {
    /// The state a stream's events add up to, from ``initialState``.
    public static func fold<S: Sequence>(_ events: S) -> State where S.Element == Event {
        events.reduce(initialState, evolve)
    }
}
