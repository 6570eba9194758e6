import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation
import TestScratch
import Testing

/// `show past "가게"`: the store's finished orders, newest first, as its owner's `7 지난 주문`
/// page lists them, and to its owner only.
@Suite("The command language: a store's past orders")
struct PastOrdersScriptTests {
    @Test func showPastNamesAStore() throws {
        let lines = try ScriptParser.parse("show past \"행복반점\"", file: "past.baedal")
        #expect(lines.map(\.command) == [.show(.pastOrders(store: "행복반점"))])
        #expect(throws: ScriptSyntaxError.self) { try ScriptParser.parse("show past", file: "past.baedal") }
    }

    @Test(arguments: [Language.english, .korean])
    func theOwnerSeesFinishedOrdersNewestFirstAndNoOneElseDoes(language: Language) async throws {
        let script = """
            clock 2026-11-25 12:00
            signup owner 왕사장 password "wang-12345"
            store "행복반점" category 중식 address "서울 종로구 종로 1" hours 10:00-22:00 minimum 12000 fee 3000 payout "국민 123-456-789" business 123-45-67891
            menu "행복반점" add "짜장면" 7000
            signup customer 민지 password "minji-12345"
            address add "서울 관악구 신림로 1, 101호" default
            cart add "행복반점" "짜장면" 2
            order @a card 4242424242424242 exp 12/30 cvc 123
            advance 1m
            cart add "행복반점" "짜장면" 2
            order @b card 4242424242424242 exp 12/30 cvc 123
            cart add "행복반점" "짜장면" 2
            order @c card 4242424242424242 exp 12/30 cvc 123
            as 왕사장
            reject @a "재료 소진"
            advance 1m
            reject @b "재료 소진"
            show past "행복반점"
            as 민지
            show past "행복반점"
            expect refused
            """
        let path = TestScratch.path("baedal-script", suffix: ".sqlite")
        let engine = try await DeliveryEngine.open(
            path: path, options: .init(clock: SimulatedClock(Date()), ids: .seeded(3), hasher: .fastForTests))
        let runner = ScriptRunner(engine: engine, language: language)
        var reports: [StepReport] = []
        for line in try ScriptParser.parse(script, file: "past.baedal") { reports.append(await runner.step(line)) }
        runner.finish()
        #expect(runner.failures.isEmpty, "\(runner.failures)")

        let shown = reports[17]
        let rejected = PastOrder.Outcome.rejected.label(in: language)
        #expect(shown.text == ScriptText.pastOrderCount(2, older: false).text(in: language))
        // @b was placed a minute after @a, so it comes first; @c, still waiting, is not a past order.
        #expect(shown.details.count == 2)
        #expect(shown.details[0].hasPrefix("@b ") && shown.details[0].hasSuffix(rejected))
        #expect(shown.details[1].hasPrefix("@a ") && shown.details[1].contains("짜장면"))
    }
}
