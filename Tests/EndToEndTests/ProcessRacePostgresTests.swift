import Foundation
import Testing

/// The same races as ``ProcessRaceTests``, between separate `baedal` processes on one PostgreSQL
/// database: each process has its own private projection, folded-state cache and connection
/// pool, and only the shared log in common. Always exactly one winner.
@Suite(
    "Processes racing on one PostgreSQL database", .serialized,
    .enabled(
        if: !(ProcessInfo.processInfo.environment["BAEDAL_TEST_POSTGRES_URL"] ?? "").isEmpty,
        "BAEDAL_TEST_POSTGRES_URL is not set, so the PostgreSQL process races are skipped. Run them with `scripts/with-postgres swift test`."
    ))
struct ProcessRacePostgresTests {
    let races = ProcessRaceTests()

    /// The test server's URL with a schema of its own: a fresh log for one test.
    static func freshDatabase() -> String {
        let base = ProcessInfo.processInfo.environment["BAEDAL_TEST_POSTGRES_URL"] ?? ""
        let schema = "race_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return base + (base.contains("?") ? "&" : "?") + "schema=\(schema)"
    }

    @Test func cancelAgainstConfirmHasExactlyOneWinner() throws {
        let db = Self.freshDatabase()
        let orders = try races.seed(db, confirmed: false)
        #expect(orders.count == ProcessRaceTests.rounds)
        var confirmWins = 0, cancelWins = 0
        for order in orders {
            let confirm = try races.act(db, "박사장", "owner-12345", "confirm \(order) 10m")
            let cancel = try races.act(db, "민지", "minji-12345", "cancel \(order)")
            let (c, x) = (confirm.wait(), cancel.wait())
            #expect((c.status == 0) != (x.status == 0), "exactly one process succeeds: \(c.stdout) \(c.stderr) / \(x.stdout) \(x.stderr)")
            let types = try races.events(db, order: order)
            let confirmed = types.contains("OrderConfirmed"), cancelled = types.contains("OrderCancelled")
            #expect(confirmed != cancelled, "never both: \(types)")
            #expect(confirmed == (c.status == 0))
            if cancelled { #expect(types.contains("PaymentRefunded")) }
            if confirmed { confirmWins += 1 } else { cancelWins += 1 }
        }
        #expect(confirmWins + cancelWins == ProcessRaceTests.rounds)
    }

    @Test func twoRidersNeverHoldTheSameJob() throws {
        let db = Self.freshDatabase()
        let orders = try races.seed(db, confirmed: true)
        #expect(orders.count == ProcessRaceTests.rounds)
        for order in orders {
            let first = try races.act(db, "라이더1", "rider-12345", "accept \(order)")
            let second = try races.act(db, "라이더2", "rider-67890", "accept \(order)")
            let (a, b) = (first.wait(), second.wait())
            #expect((a.status == 0) != (b.status == 0), "exactly one rider wins: \(a.stdout) \(a.stderr) / \(b.stdout) \(b.stderr)")
            let loser = a.status == 0 ? b : a
            #expect(loser.stdout.contains("Another rider has already taken this job"))
            #expect(try races.events(db, order: order).filter { $0 == "RiderAssigned" }.count == 1)
        }
    }
}
