import Foundation
import Testing

/// Two OS processes paying the same unpaid order at once (the plain `pay` command, each with its own
/// in-process sandbox): one pays, the other is refused before any charge. Before, some orders were
/// charged twice and then refunded, and both processes said "paid".
@Suite("Processes racing to pay one order", .serialized)
struct PaymentRaceTests {
    static let rounds = 12
    static let card = "card 4242424242424242 exp 12/30 cvc 123"

    /// A store open all day, a customer, and `rounds` orders placed without a card; their ids.
    func seed(_ db: String) throws -> [String] {
        var script = """
            signup owner 박사장 password "owner-12345"
            store "홍콩반점" category 중식 address "서울" hours 00:00-24:00 minimum 0 fee 3000 payout "국민 1-2" business 123-45-67891
            menu "홍콩반점" add "짜장면" 7000
            signup customer 민지 password "minji-12345"
            address add "서울 관악구 신림로 1, 101호" default

            """
        for round in 1...Self.rounds { script += "cart add \"홍콩반점\" \"짜장면\" 2\norder @o\(round)\n" }
        let result = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: script)
        #expect(result.status == 0, "seeding failed: \(result.stderr)")
        return result.stdout.split(separator: "\n").compactMap { line in
            line.firstMatch(of: /placed @o\d+ \(([0-9A-Z]+)\)/).map { String($0.1) }
        }
    }

    func pay(_ db: String, _ order: String) throws -> ProcessHarness.Running {
        try ProcessHarness.start(
            ["run", "--lang", "en", "-", "--db", db], stdin: "signin 민지 password \"minji-12345\"\npay \(order) \(Self.card)\n")
    }

    func events(_ db: String, order: String) throws -> [String] {
        let result = try ProcessHarness.run(["timeline", order, "--db", db])
        return result.stdout.split(separator: "\n").map { String($0.split(separator: " ", omittingEmptySubsequences: true)[4]) }
    }

    @Test func twoProcessesPayingOneOrderChargeItOnce() throws {
        let db = ProcessHarness.temporaryDatabase()
        let orders = try seed(db)
        #expect(orders.count == Self.rounds)
        for order in orders {
            let first = try pay(db, order), second = try pay(db, order)
            let (a, b) = (first.wait(), second.wait())
            #expect((a.status == 0) != (b.status == 0), "exactly one process pays: \(a.stdout) / \(b.stdout)")
            let loser = a.status == 0 ? b : a
            #expect(
                loser.stdout.contains("A payment is already in progress") || loser.stdout.contains("already paid"),
                "the other is told why: \(loser.stdout)")
            let types = try events(db, order: order)
            #expect(types.filter { $0 == "PaymentRequested" }.count == 1, "one request: \(types)")
            #expect(types.filter { $0 == "PaymentApproved" }.count == 1, "one charge: \(types)")
            #expect(!types.contains("PaymentRefunded"), "nothing charged twice to give back: \(types)")
        }
    }
}
