import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation
import TestScratch
import Testing

/// What a script's refusals say, read as sentences.
@Suite("The command language: messages")
struct ScriptMessageTests {
    func run(_ script: String, language: Language = .english) async throws -> [String] {
        let path = TestScratch.path("baedal-messages", suffix: ".sqlite")
        let clock = SimulatedClock(Date())
        let engine = try await DeliveryEngine.open(path: path, options: .init(clock: clock, ids: .seeded(5), hasher: .fastForTests))
        let runner = ScriptRunner(engine: engine, language: language)
        var texts: [String] = []
        for line in try ScriptParser.parse(script, file: "messages.baedal") { texts.append(await runner.step(line).text) }
        return texts
    }

    /// The sandbox's processor error (`…0119`, an HTTP 502): a failure of the payment system, said
    /// as one in each language and expected as `failed`; never a decline, never the error's text.
    @Test("A processor failure is told as a failure with nothing charged, not as a decline")
    func processorFailure() async throws {
        let script = """
            signup owner 왕사장 password "wang-12345"
            store "행복반점" category 중식 address "서울 종로구 종로 1" hours 00:00-23:59 minimum 12000 fee 3000 payout "국민 123-456-789" business 123-45-67891
            menu "행복반점" add "짜장면" 7000
            signup customer 민지 password "minji-12345"
            address add "서울 관악구 신림로 1, 101호"
            cart add "행복반점" "짜장면" 2
            order @a card 4000000000000119 exp 12/30 cvc 123
            expect payment failed
            expect payment declined
            expect status @a awaitingPayment
            """
        let english = try await run(script)
        #expect(english[6].hasSuffix("; failed: the payment system failed; nothing was charged, try again"), "\(english[6])")
        #expect(english[7] == "✓ payment failed")
        #expect(english[8].contains("expected payment declined, it was failed"), "\(english[8])")
        let korean = try await run(script, language: .korean)
        #expect(korean[6].hasSuffix("결제 실패: 결제 시스템 오류로 결제되지 않았어요. 청구된 금액은 없어요. 다시 시도해 주세요."), "\(korean[6])")
        for line in english + korean {
            #expect(!line.contains("502") && !line.contains("HTTP") && !line.contains("거절"), "\(line)")
        }
    }

    @Test("A role's article agrees with it: an owner, a customer")
    func articles() async throws {
        let texts = try await run(
            """
            signup owner 왕사장 password "wang-12345"
            store "행복반점" category 중식 address "서울 종로구 종로 1" hours 00:00-23:59 minimum 12000 fee 3000 payout "국민 123-456-789" business 123-45-67891
            signup customer 민지 password "minji-12345"
            store "행복반점" mode busy
            as 왕사장
            favourite "행복반점"
            """)
        #expect(texts[3] == "refused: Only an owner can do that; you are signed in as a customer.")
        #expect(texts[5] == "refused: Only a customer can do that; you are signed in as an owner.")
    }

    @Test("`as` someone who has not signed in says so in one plain sentence")
    func actAsUnknown() async throws {
        let texts = try await run("as nobody")
        #expect(
            texts == [
                "refused: No account named \"nobody\" has signed in during this script; sign it in first with `signin nobody password \"…\"`."
            ])
    }
}
