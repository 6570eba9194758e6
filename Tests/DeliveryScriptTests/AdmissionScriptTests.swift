import DeliveryEngine
import DeliveryScript
import Foundation
import TestScratch
import Testing

@Suite("The command language: a store's admission limits")
struct AdmissionScriptTests {
    @Test func bothLimitsParseWithANumberOrOff() throws {
        let lines = try ScriptParser.parse(
            """
            store "행복반점" kitchen 3
            store "행복반점" kitchen off
            store "행복반점" perminute 20
            store "행복반점" perminute off
            """, file: "limits.baedal")
        #expect(
            lines.map(\.command) == [
                .setKitchenCapacity(store: "행복반점", 3), .setKitchenCapacity(store: "행복반점", nil),
                .setOrdersPerMinute(store: "행복반점", 20), .setOrdersPerMinute(store: "행복반점", nil),
            ])
    }

    @Test func aBadLimitPointsAtItsColumn() {
        #expect(
            throws: ScriptSyntaxError(
                file: "x.baedal", line: 2, column: 24,
                message: "the orders per minute must be 1 to 1000, not 0")
        ) {
            try ScriptParser.parse("# rush\nstore \"행복반점\" perminute 0", file: "x.baedal")
        }
        #expect(
            throws: ScriptSyntaxError(
                file: "x.baedal", line: 1, column: 22,
                message: "expected the kitchen capacity (1 to 500) or off, found 'lots'")
        ) {
            try ScriptParser.parse("store \"행복반점\" kitchen lots", file: "x.baedal")
        }
    }

    @Test func aScriptLetsInAtMostNAMinuteAndTheRestAsItsClockMoves() async throws {
        let script = """
            clock 2026-11-25 12:00
            signup owner 왕사장 password "wang-12345"
            store "행복반점" category 중식 address "서울 종로구 종로 1" hours 10:00-22:00 minimum 12000 fee 3000 payout "국민 123-456-789" business 123-45-67891
            menu "행복반점" add "짜장면" 7000
            store "행복반점" perminute 2
            signup customer 민지 password "minji-12345"
            address add "서울 관악구 신림로 1, 101호" default
            cart add "행복반점" "짜장면" 2
            order @a card 4242424242424242 exp 12/30 cvc 123
            cart add "행복반점" "짜장면" 2
            order @b card 4242424242424242 exp 12/30 cvc 123
            cart add "행복반점" "짜장면" 2
            order @c card 4242424242424242 exp 12/30 cvc 123
            as 왕사장
            expect count incoming 2
            advance 1m
            expect count incoming 3
            """
        let path = TestScratch.path("baedal-script", suffix: ".sqlite")
        let clock = SimulatedClock(Date())
        let engine = try await DeliveryEngine.open(path: path, options: .init(clock: clock, ids: .seeded(3), hasher: .fastForTests))
        let runner = ScriptRunner(engine: engine, language: .english)
        var reports: [StepReport] = []
        for line in try ScriptParser.parse(script, file: "rush.baedal") { reports.append(await runner.step(line)) }
        runner.finish()
        #expect(runner.failures.isEmpty, "\(runner.failures)")
        #expect(reports[8].details == ["let into the kitchen: @a"])
        #expect(reports[10].details == ["let into the kitchen: @b"])
        #expect(reports[12].details.isEmpty)
        #expect(reports[15].details == ["let into the kitchen: @c"])
    }
}
