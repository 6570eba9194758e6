import EventStore
import Foundation

/// What a notification on the log's channel says, read as a follower's wake-up.
///
/// - `SCHEMA HEAD WRITER EVENTS`: an append whose events fit in the notification
///   (``PostgresEventLogSchema`` sends them when the payload stays under PostgreSQL's 8000
///   bytes): a JSON array, one object per event in position order, the last one at HEAD.
///   WRITER names the store that appended (``PostgresEventStore/writer``).
/// - `SCHEMA HEAD WRITER`: an append too large to carry its events: the follower reads by
///   position.
/// - `SCHEMA HEAD EVENTS`: an append by an older build's function, read as before.
/// - `SCHEMA HEAD`: a change of the state processes share (settings, the payment worker's
///   report, the time), or an older build's large append: the follower reads by position, and
///   reads the shared state again.
///
/// An append named by this process's own writer is not decoded at all (``LogWakeUp/ownAppend(head:)``).
/// Anything carried that does not add up (not dense, not ending at HEAD, not decodable) is
/// dropped, and the wake-up is answered by reading, as for a notification that carried nothing.
enum NotificationPayload {
    /// The wake-up `payload` means for a follower of `schema`; nil when it is another schema's.
    /// `ownWriter` is the writer of this process's store, if it appends.
    static func wakeUp(_ payload: String, schema: String, ownWriter: String? = nil) -> LogWakeUp? {
        let prefix = schema + " "
        guard payload.hasPrefix(prefix) else { return nil }
        let rest = payload.dropFirst(prefix.count)
        guard let space = rest.firstIndex(of: " "), let head = Int64(rest[..<space]) else { return .readEverything }
        var tail = rest[rest.index(after: space)...]
        if tail.first != "[" {  // a writer: this build's append function
            let writerEnd = tail.firstIndex(of: " ") ?? tail.endIndex
            if let ownWriter, tail[..<writerEnd] == ownWriter { return .ownAppend(head: head) }
            guard writerEnd < tail.endIndex else { return LogWakeUp(sharedStateMayHaveChanged: false) }
            tail = tail[tail.index(after: writerEnd)...]
        }
        guard let carried = events(in: tail), carried.last?.position == head, isDense(carried) else {
            return .readEverything
        }
        return LogWakeUp(carried: carried, sharedStateMayHaveChanged: false)
    }

    /// One event as the append function writes it into the notification; short keys, since
    /// every byte counts against the 8000.
    private struct CarriedEvent: Decodable {
        let p: Int64  // position
        let i: UUID  // event id
        let s: String  // stream id
        let v: Int  // stream version
        let t: String  // type
        let sv: Int  // schema version
        let d: String  // payload, base64 (PostgreSQL breaks its lines: they are skipped)
        let r: Int64  // recorded at, microseconds
        let a: String?  // actor
        let c: UUID?  // causation id
        let k: UUID?  // correlation id
    }

    private static func events(in json: Substring) -> [RecordedEvent]? {
        guard let carried = try? JSONDecoder().decode([CarriedEvent].self, from: Data(json.utf8)), !carried.isEmpty else {
            return nil
        }
        var events: [RecordedEvent] = []
        events.reserveCapacity(carried.count)
        for event in carried {
            guard let payload = Data(base64Encoded: event.d, options: .ignoreUnknownCharacters) else { return nil }
            events.append(
                RecordedEvent(
                    position: event.p, streamID: StreamID(event.s), streamVersion: event.v, eventID: event.i, type: event.t,
                    schemaVersion: event.sv, payload: payload, recordedAt: RecordedTime.date(fromMicroseconds: event.r),
                    metadata: EventMetadata(actor: event.a, causationID: event.c, correlationID: event.k)))
        }
        return events
    }

    private static func isDense(_ events: [RecordedEvent]) -> Bool {
        zip(events, events.dropFirst()).allSatisfy { $1.position == $0.position + 1 }
    }
}
