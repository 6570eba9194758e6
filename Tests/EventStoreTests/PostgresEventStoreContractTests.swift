import EventStore
import Foundation
import PostgresEventStore
import Testing

/// The storage-neutral contract, run against the PostgreSQL store on a fresh schema per check,
/// once with calls of one request going through `append_one` first (as stores do by default) and
/// once with every call through `append_events`: both ways must give the same answers.
@Suite(
    "PostgreSQL store meets the EventStore contract",
    .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipNote)
)
struct PostgresEventStoreContractTests {
    @Test(arguments: EventStoreContract.Check.allCases, [true, false])
    func contract(_ check: EventStoreContract.Check, oneRequestFunction: Bool) async throws {
        try await PostgresTestServer.withScratch { scratch in
            try await check.run {
                try await scratch.openStore(scratch.freshURL(), options: .init(oneRequestFunction: oneRequestFunction))
            }
        }
    }
}
