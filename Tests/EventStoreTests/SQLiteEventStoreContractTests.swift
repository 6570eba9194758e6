import EventStore
import Foundation
import Testing

/// The storage-neutral contract, run against the SQLite store on a fresh file per check.
@Suite("SQLite store meets the EventStore contract")
final class SQLiteEventStoreContractTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test(arguments: EventStoreContract.Check.allCases)
    func contract(_ check: EventStoreContract.Check) async throws {
        let directory = self.directory
        try await check.run {
            try SQLiteEventStore(path: directory.path("\(UUID().uuidString).sqlite"))
        }
    }

    /// The contract again with group commit off, so both write paths are held to it.
    @Test(arguments: EventStoreContract.Check.allCases)
    func contractWithoutGroupCommit(_ check: EventStoreContract.Check) async throws {
        let directory = self.directory
        try await check.run {
            try SQLiteEventStore(
                path: directory.path("\(UUID().uuidString).sqlite"),
                configuration: .init(synchronous: .normal, maximumGroupSize: 1))
        }
    }
}
