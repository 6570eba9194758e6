import Foundation
import Testing

/// Separate OS processes racing on one order in one database file: always exactly one winner
/// and a clear refusal for the other, never both, never a lost event.
@Suite("Processes racing on one database", .serialized)
struct ProcessRaceTests {
    static let rounds = 12

    /// Seeds a store, its owner, a customer, two riders and `rounds` paid orders; returns their ids.
    func seed(_ db: String, confirmed: Bool) throws -> [String] {
        var script = """
            clock 2026-11-25 12:00
            signup owner 박사장 password "owner-12345"
            store "홍콩반점" category 중식 address "서울" hours 00:00-24:00 minimum 0 fee 3000 payout "국민 1-2" business 123-45-67891 autocancel 60m
            menu "홍콩반점" add "짜장면" 7000
            signup rider 라이더1 password "rider-12345"
            signup rider 라이더2 password "rider-67890"
            signup customer 민지 password "minji-12345"
            address add "서울 관악구 신림로 1, 101호" default

            """
        for round in 1...Self.rounds {
            script += "as 민지\ncart add \"홍콩반점\" \"짜장면\" 2\norder @o\(round) card 4242424242424242 exp 12/30 cvc 123\n"
            if confirmed { script += "signin 박사장 password \"owner-12345\"\nconfirm @o\(round) 10m\n" }
        }
        let result = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: script)
        #expect(result.status == 0, "seeding failed: \(result.stderr)")
        let pattern = /placed @o\d+ \(([0-9A-Z]+)\)/
        return result.stdout.split(separator: "\n").compactMap { line in
            line.firstMatch(of: pattern).map { String($0.1) }
        }
    }

    func act(_ db: String, _ name: String, _ password: String, _ command: String) throws -> ProcessHarness.Running {
        try ProcessHarness.start(
            ["run", "--lang", "en", "-", "--db", db, "--clock", "2026-11-25 12:30"],
            stdin: "signin \(name) password \"\(password)\"\n\(command)\n")
    }

    func events(_ db: String, order: String) throws -> [String] {
        let result = try ProcessHarness.run(["timeline", order, "--db", db])
        return result.stdout.split(separator: "\n").map { String($0.split(separator: " ", omittingEmptySubsequences: true)[4]) }
    }

    @Test func cancelAgainstConfirmHasExactlyOneWinner() throws {
        let db = ProcessHarness.temporaryDatabase()
        let orders = try seed(db, confirmed: false)
        #expect(orders.count == Self.rounds)
        var confirmWins = 0, cancelWins = 0
        for order in orders {
            let confirm = try act(db, "박사장", "owner-12345", "confirm \(order) 10m")
            let cancel = try act(db, "민지", "minji-12345", "cancel \(order)")
            let (c, x) = (confirm.wait(), cancel.wait())
            #expect((c.status == 0) != (x.status == 0), "exactly one process succeeds: \(c.stdout) / \(x.stdout)")
            let loser = c.status == 0 ? x : c
            #expect(loser.stdout.contains("refused:"), "the loser is told why: \(loser.stdout)")
            let types = try events(db, order: order)
            let confirmed = types.contains("OrderConfirmed"), cancelled = types.contains("OrderCancelled")
            #expect(confirmed != cancelled, "never both: \(types)")
            #expect(confirmed == (c.status == 0))
            if cancelled { #expect(types.contains("PaymentRefunded")) }
            if confirmed { confirmWins += 1 } else { cancelWins += 1 }
        }
        #expect(confirmWins + cancelWins == Self.rounds)
    }

    @Test func twoRidersNeverHoldTheSameJob() throws {
        let db = ProcessHarness.temporaryDatabase()
        let orders = try seed(db, confirmed: true)
        #expect(orders.count == Self.rounds)
        for order in orders {
            let first = try act(db, "라이더1", "rider-12345", "accept \(order)")
            let second = try act(db, "라이더2", "rider-67890", "accept \(order)")
            let (a, b) = (first.wait(), second.wait())
            #expect((a.status == 0) != (b.status == 0), "exactly one rider wins: \(a.stdout) / \(b.stdout)")
            let loser = a.status == 0 ? b : a
            #expect(loser.stdout.contains("Another rider has already taken this job"))
            #expect(try events(db, order: order).filter { $0 == "RiderAssigned" }.count == 1)
        }
    }
}
