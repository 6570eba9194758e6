import Foundation
import GRDB

/// How an event travels between a `RecordedEvent` and a row of `events`.
enum EventRowDecoding {
    static let selectColumns = """
        position, event_id, stream_id, stream_version, type, schema_version, payload,
        recorded_at, actor, causation_id, correlation_id
        """

    /// Reads the columns by their place in ``selectColumns``: the projector reads a million
    /// events in a rebuild, and looking each column up by name was a tenth of its time.
    static func recordedEvent(from row: Row, path: String) throws -> RecordedEvent {
        let position: Int64 = row[0]
        guard let eventID = uuid(row[1]) else {
            throw EventStoreError.unreadable(path: path, reason: "the event at position \(position) has a malformed event id")
        }
        let causation: String? = row[9]
        let correlation: String? = row[10]
        return RecordedEvent(
            position: position,
            streamID: StreamID(row[2]),
            streamVersion: row[3],
            eventID: eventID,
            type: row[4],
            schemaVersion: row[5],
            payload: row[6] ?? Data(),
            recordedAt: Date(timeIntervalSince1970: row[7]),
            metadata: EventMetadata(
                actor: row[8],
                causationID: causation.flatMap(uuid),
                correlationID: correlation.flatMap(uuid)
            )
        )
    }

    /// `uuid.uuidString` as the log stores ids (upper-case hex, hyphens at 8, 13, 18 and 23),
    /// written directly: Foundation formats it through `snprintf` on Linux, and every append
    /// writes one or more per event.
    static func text(of uuid: UUID) -> String {
        withUnsafeBytes(of: uuid.uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { text in
                var index = 0
                for (offset, byte) in bytes.enumerated() {
                    if offset == 4 || offset == 6 || offset == 8 || offset == 10 {
                        text[index] = UInt8(ascii: "-")
                        index += 1
                    }
                    text[index] = upperHexDigits[Int(byte >> 4)]
                    text[index + 1] = upperHexDigits[Int(byte & 0x0f)]
                    index += 2
                }
                return index
            }
        }
    }

    private static let upperHexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// `UUID(uuidString:)` goes through `sscanf` on Linux; ids as the log stores them (36
    /// characters, hyphens at 8, 13, 18 and 23) are read directly, anything else the slow way.
    static func uuid(_ text: String) -> UUID? {
        let parsed = text.utf8.withContiguousStorageIfAvailable { chars -> UUID? in
            guard chars.count == 36 else { return nil }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(16)
            var index = 0
            while index < 36 {
                if index == 8 || index == 13 || index == 18 || index == 23 {
                    guard chars[index] == UInt8(ascii: "-") else { return nil }
                    index += 1
                    continue
                }
                guard let high = hexValue(chars[index]), let low = hexValue(chars[index + 1]) else { return nil }
                bytes.append(high << 4 | low)
                index += 2
            }
            return UUID(
                uuid: (
                    bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                    bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
                ))
        }
        if let parsed { return parsed }
        return UUID(uuidString: text)
    }

    private static func hexValue(_ char: UInt8) -> UInt8? {
        switch char {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): char - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): char - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): char - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Seconds since 1970 rounded to the microsecond: the resolution a REAL keeps exactly for
    /// present-day dates, and the one PostgreSQL's timestamps have, so every store agrees.
    static func storedTime(_ date: Date) -> Double {
        (date.timeIntervalSince1970 * 1_000_000).rounded() / 1_000_000
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments, path: String) throws -> [RecordedEvent] {
        // A cursor reads each row in place, without copying it first.
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        var events: [RecordedEvent] = []
        while let row = try rows.next() { events.append(try recordedEvent(from: row, path: path)) }
        return events
    }
}
