import DeliveryDomain
import EventStore
import Foundation

/// Runs one command against one stream: load, decide, append with the version it decided on.
/// When another writer got there first the append is refused, and the command is decided
/// again on the fresh state, a bounded number of times.
struct CommandHandler<D: Decider>: Sendable where D.Event: StoredEvent, D.State: Sendable {
    let store: any EventStore
    let codec: EventCodec
    let ids: IdentifierSource
    let clock: any EngineClock
    var maxAttempts = 8

    struct Outcome: Sendable {
        let state: D.State
        let events: [D.Event]
        let lastPosition: Int64?
    }

    func load(_ stream: StreamID) async throws -> (state: D.State, version: Int) {
        let recorded = try await store.readStream(stream, fromVersion: 1)
        let events = try recorded.map { try codec.decode($0, as: D.Event.self) }
        return (D.fold(events), recorded.last?.streamVersion ?? 0)
    }

    func execute(
        _ stream: StreamID, actor: String,
        command: @Sendable (D.State, Date) throws -> D.Command
    ) async throws -> Outcome {
        let correlation = ids.eventID()
        for _ in 1...maxAttempts {
            let (state, version) = try await load(stream)
            let now = clock.now()
            let decided = try D.decide(try command(state, now), state)
            guard !decided.isEmpty else { return Outcome(state: state, events: [], lastPosition: nil) }
            let metadata = EventMetadata(actor: actor, causationID: nil, correlationID: correlation)
            let newEvents = try decided.map { try codec.newEvent($0, id: ids.eventID(), metadata: metadata) }
            do {
                let result = try await store.append(AppendRequest(
                    stream: stream, expectedVersion: version == 0 ? .noStream : .exactly(version),
                    events: newEvents, recordedAt: now))
                return Outcome(state: decided.reduce(state, D.evolve), events: decided, lastPosition: result.lastPosition)
            } catch EventStoreError.wrongExpectedVersion {
                continue
            }
        }
        throw DeliveryError.busy(stream: stream.rawValue, attempts: maxAttempts)
    }
}
