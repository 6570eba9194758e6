import EventStore
import Foundation
import PostgresNIO

/// How an event travels between a `RecordedEvent` and a row of `events`.
enum PostgresEventRows {
    static let selectColumns = """
        e.position, e.event_id, e.stream_id, e.stream_version, e.type, e.schema_version, e.payload,
        e.recorded_at, e.actor, e.causation_id, e.correlation_id
        """

    typealias Columns = (Int64, UUID, String, Int, String, Int, Data, Int64, String?, UUID?, UUID?)

    static func recordedEvent(_ columns: Columns) -> RecordedEvent {
        let (position, eventID, stream, version, type, schemaVersion, payload, recordedAt, actor, causation, correlation) = columns
        return RecordedEvent(
            position: position,
            streamID: StreamID(stream),
            streamVersion: version,
            eventID: eventID,
            type: type,
            schemaVersion: schemaVersion,
            payload: payload,
            recordedAt: RecordedTime.date(fromMicroseconds: recordedAt),
            metadata: EventMetadata(actor: actor, causationID: causation, correlationID: correlation)
        )
    }

    static func collect(_ rows: PostgresRowSequence) async throws -> [RecordedEvent] {
        var events: [RecordedEvent] = []
        for try await columns in rows.decode(Columns.self) {
            events.append(recordedEvent(columns))
        }
        return events
    }
}

/// Times as whole microseconds since 1970 in a bigint.
///
/// Rounded exactly as the SQLite store rounds (`(seconds × 10⁶).rounded()`), and turned back into
/// a `Date` by the same division, so one instant reads back as the very same `Date` from either
/// store. (postgres-nio's own `Date` encoding truncates instead.)
enum RecordedTime {
    static func microseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    static func date(fromMicroseconds microseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(microseconds) / 1_000_000)
    }
}
