import Foundation
import Testing

/// `baedal settings` and `--payment-gateway` as a user meets them.
@Suite("baedal settings")
struct SettingsCommandTests {
    @Test func theGatewaySettingIsShownSetAndTurnedOff() throws {
        let db = ProcessHarness.temporaryDatabase()
        // Setting may start a database, and says so; showing then reads it.
        let set = try ProcessHarness.run(["settings", "payment-gateway", "http://127.0.0.1:8089", "--db", db])
        #expect(set.status == 0 && set.stdout.contains("payment-gateway  http://127.0.0.1:8089"))
        #expect(set.stderr.contains("Created a new database at \(db)."))
        #expect(try ProcessHarness.run(["settings", "--db", db]).stdout.contains("http://127.0.0.1:8089"))
        let off = try ProcessHarness.run(["settings", "payment-gateway", "off", "--db", db])
        #expect(off.status == 0 && off.stdout.contains("payment-gateway  off"))
    }

    @Test func aBadURLIsRefusedClearlyAndChangesNothing() throws {
        let db = ProcessHarness.temporaryDatabase()
        let bad = try ProcessHarness.run(["settings", "payment-gateway", "http://127.0.0.1", "--db", db])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("names no port"))
        #expect(!FileManager.default.fileExists(atPath: db), "nothing is written, not even the database")

        let unknown = try ProcessHarness.run(["settings", "colour", "red", "--db", db])
        #expect(unknown.status == 1 && unknown.stderr.contains("the settings are: payment-gateway"))

        let run = try ProcessHarness.run(
            ["run", "--lang", "en", "-", "--db", db, "--payment-gateway", "ftp://127.0.0.1:21"], stdin: "caption hi\n")
        #expect(run.status == 1)
        #expect(run.stderr.contains("--payment-gateway: The payment gateway is reached over http or https, not ftp."))
    }

    @Test func aWorkerWithoutAGatewaySaysHowToChooseOne() throws {
        let db = ProcessHarness.temporaryDatabase()
        #expect(try ProcessHarness.run(["run", "-", "--db", db], stdin: "caption hi\n").status == 0)
        let worker = try ProcessHarness.run(["payment-worker", "--db", db])
        #expect(worker.status == 1)
        #expect(worker.stderr.contains("No payment gateway is set for this database"))
    }
}
