import Foundation

/// An event the engine wants to append; the store gives it a position and a stream version.
///
/// The caller chooses `eventID` before the first attempt and keeps it across retries: that is
/// what lets the store recognise a retried append and answer it without writing twice.
public struct NewEvent: Sendable, Equatable {
    /// Unique in the whole log, and the key that makes a retried append harmless.
    public var eventID: UUID
    /// The event's name in the domain ("OrderPlaced"); the store does not interpret it.
    public var type: String
    /// The version of the payload's shape, so that old events can be upcast when read.
    public var schemaVersion: Int
    /// The encoded event; opaque to the store.
    public var payload: Data
    /// Who caused the event and why; stored in columns of its own, beside the payload.
    public var metadata: EventMetadata

    public init(eventID: UUID, type: String, schemaVersion: Int, payload: Data, metadata: EventMetadata) {
        self.eventID = eventID
        self.type = type
        self.schemaVersion = schemaVersion
        self.payload = payload
        self.metadata = metadata
    }
}
