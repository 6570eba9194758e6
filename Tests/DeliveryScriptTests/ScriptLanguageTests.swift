import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation
import TestScratch
import Testing

/// `baedal run` speaks one language at a time: Korean unless asked for English, and
/// `expect refused "…"` matches the refusal in that language.
@Suite("The command language: one language at a time")
struct ScriptLanguageTests {
    func run(_ script: String, in language: Language?) async throws -> (texts: [String], failures: [String]) {
        let path = TestScratch.path("baedal-language", suffix: ".sqlite")
        let engine = try await DeliveryEngine.open(
            path: path, options: .init(clock: SimulatedClock(Date()), ids: .seeded(5), hasher: .fastForTests))
        let runner = language.map { ScriptRunner(engine: engine, language: $0) } ?? ScriptRunner(engine: engine)
        var texts: [String] = []
        for line in try ScriptParser.parse(script, file: "language.baedal") { texts.append(await runner.step(line).text) }
        runner.finish()
        return (texts, runner.failures)
    }

    static let shortPassword = """
        signup customer 민지 password "short"
        expect refused "8자 이상"
        signup customer 민지 password "short"
        expect refused "at least 8 characters"
        """

    @Test func aRunIsKoreanByDefault() async throws {
        let (texts, _) = try await run("signup customer 민지 password \"minji-12345\"\nsignup customer 민지 password \"minji-12345\"", in: nil)
        #expect(texts == ["민지가 고객으로 가입했어요", "거절: 민지는 이미 있는 이름이에요. 다른 이름을 고르거나 그 이름으로 로그인하세요."])
    }

    @Test func expectRefusedMatchesTheKoreanMessageInAKoreanRun() async throws {
        let (texts, failures) = try await run(Self.shortPassword, in: .korean)
        #expect(texts[1] == "✓ 예상대로 거절됐어요")
        #expect(texts[3] == "✗ \"at least 8 characters\"이(가) 든 거절을 예상했지만 실제 거절은: 비밀번호는 8자 이상이어야 해요.")
        #expect(failures == ["4번째 줄: ✗ \"at least 8 characters\"이(가) 든 거절을 예상했지만 실제 거절은: 비밀번호는 8자 이상이어야 해요."])
    }

    @Test func expectRefusedMatchesTheEnglishMessageInAnEnglishRun() async throws {
        let (texts, failures) = try await run(Self.shortPassword, in: .english)
        #expect(texts[1] == "✗ expected a refusal mentioning \"8자 이상\", got: A password needs at least 8 characters.")
        #expect(texts[3] == "✓ refused as expected")
        #expect(failures.count == 1)
    }

    /// A notification is stored once and worded for the run that shows it.
    @Test func notificationsAreWordedInTheRunsLanguage() async throws {
        let script = """
            clock 2026-11-25 12:00
            signup owner 왕사장 password "wang-12345"
            store "행복반점" category 중식 address "서울 종로구 종로 1" hours 00:00-23:59 minimum 5000 fee 3000 payout "국민 123-456-789" business 123-45-67891
            menu "행복반점" add "짜장면" 7000
            signup customer 민지 password "minji-12345"
            cart add "행복반점" "짜장면"
            order @a to "서울 관악구 신림로 1" card 4242424242424242 exp 12/30 cvc 123
            show notifications
            """
        let korean = try await run(script, in: .korean)
        let english = try await run(script, in: .english)
        #expect(korean.texts[6].hasPrefix("행복반점에 @a"))
        #expect(korean.texts[6].contains("10,000원 · 서울 관악구 신림로 1로 배달 · 결제 완료"))
        #expect(english.texts[6].contains("at 행복반점: ₩10,000 to 서울 관악구 신림로 1; paid"))
        #expect(korean.texts[7] == "알림 2개")
        #expect(english.texts[7] == "2 notifications")
    }
}
