import DeliveryDomain
import DeliveryEngine
import EventStore
import Foundation

/// Writes down one stream's history the way the engine would, without the engine: each
/// command goes through the domain's own decider, so the generated log holds only events
/// the rules allow, with the stream versions, actors and correlation ids the engine records.
/// Each command becomes its own append request, as it would at the counter.
struct StreamScribe<D: Decider> where D.Event: StoredEvent {
    let stream: StreamID
    private(set) var state: D.State = D.initialState
    private(set) var version = 0
    private(set) var requests: [AppendRequest] = []
    private let codec = EventCodec()

    init(_ stream: StreamID) { self.stream = stream }

    mutating func record(_ command: D.Command, by actor: String, at instant: Date) throws {
        let events = try D.decide(command, state)
        guard !events.isEmpty else { return }
        let metadata = EventMetadata(actor: actor, causationID: nil, correlationID: UUID())
        let encoded = try events.map { try codec.newEvent($0, id: UUID(), metadata: metadata) }
        requests.append(
            AppendRequest(
                stream: stream, expectedVersion: version == 0 ? .noStream : .exactly(version),
                events: encoded, recordedAt: instant))
        state = events.reduce(state, D.evolve)
        version += events.count
    }
}
