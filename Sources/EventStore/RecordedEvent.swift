import Foundation

/// An event as stored: where it sits in the whole log and in its stream, and when it was recorded.
public struct RecordedEvent: Sendable, Equatable {
    /// The event's place in the whole log. Strictly increasing in commit order and never
    /// reused, so a projection can remember the last position it saw and resume after it.
    public let position: Int64
    public let streamID: StreamID
    /// The event's place in its stream: 1 for the first event, no gaps.
    public let streamVersion: Int
    /// The id the appender chose (see ``NewEvent/eventID``).
    public let eventID: UUID
    /// The event's name in the domain, as appended; the engine's codec decodes by it.
    public let type: String
    /// The payload's shape when it was written; older shapes are upcast when decoded.
    public let schemaVersion: Int
    /// The encoded event, byte for byte as appended.
    public let payload: Data
    /// The time the append request carried (the engine's clock, not the database's).
    /// Kept to the microsecond.
    public let recordedAt: Date
    public let metadata: EventMetadata

    /// Public so that other store implementations (and test doubles) can build recorded events.
    public init(
        position: Int64,
        streamID: StreamID,
        streamVersion: Int,
        eventID: UUID,
        type: String,
        schemaVersion: Int,
        payload: Data,
        recordedAt: Date,
        metadata: EventMetadata
    ) {
        self.position = position
        self.streamID = streamID
        self.streamVersion = streamVersion
        self.eventID = eventID
        self.type = type
        self.schemaVersion = schemaVersion
        self.payload = payload
        self.recordedAt = recordedAt
        self.metadata = metadata
    }

    /// `date` as a read gives it back after an append recorded it: kept to the microsecond
    /// (every store rounds it so). Lets a process use the events it appended without reading them.
    public static func recordedAt(asStored date: Date) -> Date {
        Date(timeIntervalSince1970: EventRowDecoding.storedTime(date))
    }
}
