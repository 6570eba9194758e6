import Foundation
import GRDB

/// How an event travels between a `RecordedEvent` and a row of `events`.
enum EventRowDecoding {
    static let selectColumns = """
        position, event_id, stream_id, stream_version, type, schema_version, payload,
        recorded_at, actor, causation_id, correlation_id
        """

    static func recordedEvent(from row: Row, path: String) throws -> RecordedEvent {
        let position: Int64 = row["position"]
        guard let eventID = UUID(uuidString: row["event_id"]) else {
            throw EventStoreError.unreadable(path: path, reason: "the event at position \(position) has a malformed event id")
        }
        let causation: String? = row["causation_id"]
        let correlation: String? = row["correlation_id"]
        return RecordedEvent(
            position: position,
            streamID: StreamID(row["stream_id"]),
            streamVersion: row["stream_version"],
            eventID: eventID,
            type: row["type"],
            schemaVersion: row["schema_version"],
            payload: row["payload"] ?? Data(),
            recordedAt: Date(timeIntervalSince1970: row["recorded_at"]),
            metadata: EventMetadata(
                actor: row["actor"],
                causationID: causation.flatMap(UUID.init(uuidString:)),
                correlationID: correlation.flatMap(UUID.init(uuidString:))
            )
        )
    }

    /// Seconds since 1970 rounded to the microsecond: the resolution a REAL keeps exactly for
    /// present-day dates, and the one PostgreSQL's timestamps have, so every store agrees.
    static func storedTime(_ date: Date) -> Double {
        (date.timeIntervalSince1970 * 1_000_000).rounded() / 1_000_000
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments, path: String) throws -> [RecordedEvent] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map {
            try recordedEvent(from: $0, path: path)
        }
    }
}
