import DeliveryDomain
import EventStore
import Foundation

/// Runs one command against one stream: load (or, for a small shared stream, take the state
/// this process keeps, with no read), decide, append with the version it decided on. When
/// another writer got there first the append is refused, and the command is decided again on
/// the fresh state, a bounded number of times.
struct CommandHandler<D: Decider>: Sendable where D.Event: StoredEvent, D.State: Sendable {
    let store: any EventStore
    let codec: EventCodec
    let ids: IdentifierSource
    let clock: any EngineClock
    var maxAttempts = 8
    /// Set for the small shared streams (a store, its admission setting, a stock plan).
    var cache: FoldedStateCache? = nil
    /// Set with the cache: writers of one shared stream in this process take turns.
    var turns: StreamTurns? = nil
    /// Where appended events wait for the projection, which then need not read them back.
    var ownAppends: OwnAppends? = nil

    struct Outcome: Sendable {
        let state: D.State
        let events: [D.Event]
        let lastPosition: Int64?
        /// The stream's version after the command: what a follow-up command may decide on.
        let version: Int
    }

    func load(_ stream: StreamID) async throws -> (state: D.State, version: Int) {
        try fold(stream, newer: try await store.readStream(stream, fromVersion: keptVersion(stream) + 1))
    }

    /// The kept state and its version, if this process keeps one for the stream.
    func kept(_ stream: StreamID) -> (state: D.State, version: Int)? {
        cache?.state(of: stream, as: D.State.self)
    }

    /// How much of the stream the kept state already covers (0 without one): read after it.
    func keptVersion(_ stream: StreamID) -> Int {
        kept(stream)?.version ?? 0
    }

    /// The kept state (or the initial one) with `recorded`, the events after ``keptVersion(_:)``.
    func fold(_ stream: StreamID, newer recorded: [RecordedEvent]) throws -> (state: D.State, version: Int) {
        let kept = kept(stream)
        let events = try recorded.map { try codec.decode($0, as: D.Event.self) }
        let state = events.reduce(kept?.state ?? D.initialState, D.evolve)
        let version = recorded.last?.streamVersion ?? kept?.version ?? 0
        // An absent stream is kept too (at version 0), so a command can decide on it later
        // without a read, with the version as its condition.
        if !recorded.isEmpty || kept == nil { cache?.keep(state, version: version, for: stream) }
        return (state, version)
    }

    /// - Parameter isNew: the stream's id was just minted (a new order), so the first attempt
    ///   decides on the initial state without reading; should the stream exist after all, the
    ///   append is refused and the next attempt loads it as usual.
    /// - Parameter loaded: the stream as the caller just loaded it, decided on first instead of
    ///   reading it again; if it has moved on since, the append is refused and the next attempt
    ///   loads it afresh.
    /// - Parameter conditions: other streams the command was decided on, at the versions it
    ///   saw; if one has moved, the append is refused with ``ConditionMoved`` and not retried
    ///   here, since only the caller can read those streams again.
    func execute(
        _ stream: StreamID, actor: String, isNew: Bool = false, loaded: (state: D.State, version: Int)? = nil,
        conditions: [AppendCondition] = [], command: @escaping @Sendable (D.State, Date) throws -> D.Command
    ) async throws -> Outcome {
        guard let turns else {
            return try await decideAndAppend(stream, actor: actor, isNew: isNew, loaded: loaded, conditions: conditions, command: command)
        }
        return try await turns.take(stream.rawValue) {
            try await decideAndAppend(stream, actor: actor, isNew: isNew, loaded: loaded, conditions: conditions, command: command)
        }
    }

    private func decideAndAppend(
        _ stream: StreamID, actor: String, isNew: Bool, loaded: (state: D.State, version: Int)?,
        conditions: [AppendCondition], command: @Sendable (D.State, Date) throws -> D.Command
    ) async throws -> Outcome {
        let correlation = ids.eventID()
        for attempt in 1...maxAttempts {
            // A kept state is decided on first, with no read (``DecisionBasis``).
            let keptFirst = attempt == 1 && loaded == nil && !isNew ? kept(stream) : nil
            let basis: DecisionBasis = keptFirst == nil ? .read : .keptWithoutRead
            let (state, version): (D.State, Int)
            if attempt == 1, let loaded {
                (state, version) = loaded
            } else if attempt == 1, isNew {
                (state, version) = (D.initialState, 0)
            } else if let keptFirst {
                (state, version) = keptFirst
            } else {
                (state, version) = try await load(stream)
            }
            // The instant as the log gives it back, so the events kept for the projection are
            // the ones a reader decodes (``EventCodec/instantAsDecoded(_:)``).
            let now = EventCodec.instantAsDecoded(clock.now())
            let decided: [D.Event]
            do {
                decided = try D.decide(try command(state, now), state)
            } catch {
                guard basis.settlesWithoutAppending else { continue }
                throw error
            }
            guard !decided.isEmpty else {
                guard basis.settlesWithoutAppending else { continue }
                return Outcome(state: state, events: [], lastPosition: nil, version: version)
            }
            let metadata = EventMetadata(actor: actor, causationID: nil, correlationID: correlation)
            let newEvents = try decided.map { try codec.newEvent($0, id: ids.eventID(), metadata: metadata) }
            do {
                let result = try await store.append(
                    AppendRequest(
                        stream: stream, expectedVersion: version == 0 ? .noStream : .exactly(version),
                        events: newEvents, recordedAt: now, conditions: conditions))
                ownAppends?.keep(decided, of: stream, at: result, recordedAt: now)
                let after = decided.reduce(state, D.evolve)
                cache?.keep(after, version: version + decided.count, for: stream)
                return Outcome(
                    state: after, events: decided, lastPosition: result.lastPosition,
                    version: version + decided.count)
            } catch EventStoreError.wrongExpectedVersion(let moved, _, _) where moved != stream {
                throw ConditionMoved(stream: moved)
            } catch EventStoreError.wrongExpectedVersion {
                continue
            }
        }
        throw DeliveryError.busy(stream: stream.rawValue, attempts: maxAttempts)
    }
}

/// A stream a command was decided on (not the one it appends to) moved before the append: the
/// caller reads it again and decides anew.
struct ConditionMoved: Error {
    let stream: StreamID
}
