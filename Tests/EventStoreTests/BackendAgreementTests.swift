import EventStore
import Foundation
import Testing

/// Both stores must give back the very same `RecordedEvent`s for the same appends, so that a
/// log moved from one to the other, or a rule read off either, never differs by a rounding.
@Suite(
    "SQLite and PostgreSQL agree",
    .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipNote)
)
final class BackendAgreementTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// Times exactly on, just off and halfway between microseconds, before and after 1970.
    static let instants: [Date] = [
        Sample.noon,
        Date(timeIntervalSince1970: 1_800_000_000.000_000_5),
        Date(timeIntervalSince1970: 1_800_000_000.999_999_5),
        Date(timeIntervalSince1970: 1_764_633_600.123_456_49),
        Date(timeIntervalSince1970: 0.000_000_5),
        Date(timeIntervalSince1970: -1.234_567_5),
        Date(timeIntervalSinceReferenceDate: 0.000_000_7),
        Date(timeIntervalSince1970: 4_102_444_800.654_321_5),
    ]

    @Test func recordedTimesAndEverythingElseReadBackTheSame() async throws {
        let sqlite = try SQLiteEventStore(path: directory.path("agreement.sqlite"))
        try await PostgresTestServer.withScratch { scratch in
            let postgres = try await scratch.makeStore()
            for (index, instant) in Self.instants.enumerated() {
                let events = [
                    NewEvent(
                        eventID: UUID(), type: "주문접수", schemaVersion: 2, payload: Data("{\"메뉴\":\"비빔밥\",\"n\":\(index)}".utf8),
                        metadata: EventMetadata(actor: "손님:17", causationID: UUID(), correlationID: nil))
                ]
                let request = Sample.append(StreamID("주문-\(index)"), .noStream, events, at: instant)
                #expect(try await sqlite.append(request) == postgres.append(request))
            }
            let fromSQLite = try await sqlite.everything()
            let fromPostgres = try await postgres.everything()
            #expect(fromSQLite.count == Self.instants.count)
            #expect(fromSQLite == fromPostgres)
            #expect(fromSQLite.map(\.recordedAt) == fromPostgres.map(\.recordedAt))
        }
    }
}
