import Foundation
import Testing

/// Switching the payment gateway off (or to another) while it still owes the log payments would
/// strand them: only that gateway can say what it charged. `baedal settings` refuses, says how many
/// and what to do, and always shows the true count, from the log.
@Suite("Switching the payment gateway with payments waiting")
struct GatewaySwitchTests {
    /// Nothing listens on the discard port, so every charge goes unanswered.
    static let silentGateway = "http://127.0.0.1:9"

    @Test func aGatewayOwingPaymentsCannotBeSwitchedAndTheCountIsTrue() throws {
        let db = ProcessHarness.temporaryDatabase()
        #expect(try ProcessHarness.run(["settings", "payment-gateway", Self.silentGateway, "--db", db]).status == 0)
        let seeded = try ProcessHarness.run(
            ["run", "--lang", "en", "-", "--db", db],
            stdin: """
                signup owner 박사장 password "owner-12345"
                store "홍콩반점" category 중식 address "서울" hours 00:00-24:00 minimum 0 fee 3000 payout "국민 1-2" business 123-45-67891
                menu "홍콩반점" add "짜장면" 7000
                signup customer 민지 password "minji-12345"
                address add "서울 관악구 신림로 1, 101호" default
                cart add "홍콩반점" "짜장면" 2
                order @lunch card 4242424242424242 exp 12/30 cvc 123

                """)
        #expect(seeded.status == 0, "\(seeded.stderr)")
        let order = try #require(seeded.stdout.firstMatch(of: /placed @lunch \(([0-9A-Z]+)\)/).map { String($0.1) })

        let shown = try ProcessHarness.run(["settings", "--db", db])
        #expect(shown.stdout.contains("payments waiting 1 not yet answered, 0 card hold(s) to release"), "\(shown.stdout)")

        let off = try ProcessHarness.run(["settings", "payment-gateway", "off", "--db", db])
        #expect(off.status == 1)
        #expect(off.stderr.contains("still has 1 payment(s) not yet answered"), "\(off.stderr)")
        #expect(off.stderr.contains("Nothing was changed") && off.stderr.contains("baedal payment-worker"))
        let other = try ProcessHarness.run(["settings", "payment-gateway", "http://127.0.0.1:8089", "--db", db])
        #expect(other.status == 1, "another gateway would charge the same key again")
        #expect(try ProcessHarness.run(["settings", "--db", db]).stdout.contains(Self.silentGateway))

        // The customer gives up: the payment is no longer waiting, but the gateway may still hold
        // an authorisation on the card, and only it can release it.
        let cancelled = try ProcessHarness.run(
            ["run", "--lang", "en", "-", "--db", db],
            stdin: "signin 민지 password \"minji-12345\"\ncancel \(order)\n")
        #expect(cancelled.status == 0, "\(cancelled.stdout)\(cancelled.stderr)")
        let after = try ProcessHarness.run(["settings", "--db", db])
        #expect(after.stdout.contains("payments waiting 0 not yet answered, 1 card hold(s) to release"), "\(after.stdout)")
        let stillOff = try ProcessHarness.run(["settings", "payment-gateway", "off", "--db", db])
        #expect(stillOff.status == 1 && stillOff.stderr.contains("1 card hold(s) still to release"), "\(stillOff.stderr)")
    }
}
