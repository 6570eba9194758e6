import EventStore
import Foundation

/// Small, readable events for the tests: what matters is where they land, not what they mean.
enum Sample {
    /// A fixed instant with a fraction of a second, so that recordedAt's precision is tested.
    static let noon = Date(timeIntervalSince1970: 1_800_000_000.123_456)

    static func event(_ type: String = "OrderPlaced", payload: String = "{}", metadata: EventMetadata = .init()) -> NewEvent {
        NewEvent(eventID: UUID(), type: type, schemaVersion: 1, payload: Data(payload.utf8), metadata: metadata)
    }

    static func events(_ count: Int, type: String = "OrderPlaced") -> [NewEvent] {
        (1...count).map { event(type, payload: #"{"n":\#($0)}"#) }
    }

    static func append(
        _ stream: StreamID, _ expected: ExpectedVersion, _ events: [NewEvent], at recordedAt: Date = noon
    ) -> AppendRequest {
        AppendRequest(stream: stream, expectedVersion: expected, events: events, recordedAt: recordedAt)
    }
}

extension EventStore {
    /// Every event of the log, in position order, read page by page.
    func everything(pageSize: Int = 100) async throws -> [RecordedEvent] {
        var all: [RecordedEvent] = []
        while true {
            let page = try await readAll(afterPosition: all.last?.position ?? 0, limit: pageSize)
            if page.isEmpty { return all }
            all += page
        }
    }
}
