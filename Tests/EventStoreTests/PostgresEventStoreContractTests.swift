import EventStore
import Foundation
import Testing

/// The storage-neutral contract, run against the PostgreSQL store on a fresh schema per check.
@Suite(
    "PostgreSQL store meets the EventStore contract",
    .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipNote)
)
struct PostgresEventStoreContractTests {
    @Test(arguments: EventStoreContract.Check.allCases)
    func contract(_ check: EventStoreContract.Check) async throws {
        try await PostgresTestServer.withScratch { scratch in
            try await check.run { try await scratch.makeStore() }
        }
    }
}
