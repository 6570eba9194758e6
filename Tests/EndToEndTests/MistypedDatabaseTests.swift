import Foundation
import Testing

/// A mistyped `--db` given to a command that only reads or changes a database used to create an
/// empty one and answer as if the data were gone ("no order ABC"; `replay`: "every read model
/// matches", exit 0). Now it says where it looked, exits 1 and creates nothing; `run`, which may
/// start a database, names the one it created.
@Suite("Commands on a database that is not there")
struct MistypedDatabaseTests {
    @Test(arguments: [
        ["timeline", "ABC"], ["replay"], ["settings"], ["payment-worker", "--payment-gateway", "http://127.0.0.1:9"],
    ])
    func aReadingCommandRefusesAndCreatesNothing(_ command: [String]) throws {
        let db = ProcessHarness.temporaryDatabase()
        let result = try ProcessHarness.run(command + ["--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("There is no database at \(db); nothing was created."), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func runSaysItCreatedOne() throws {
        let db = ProcessHarness.temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: db) }
        let result = try ProcessHarness.run(["run", "-", "--db", db], stdin: "show stores\n")
        #expect(result.status == 0)
        #expect(result.stderr.contains("Created a new database at \(db)."))
        let again = try ProcessHarness.run(["run", "-", "--db", db], stdin: "show stores\n")
        #expect(!again.stderr.contains("Created"), "said only when it was created")
    }
}
