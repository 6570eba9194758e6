import DeliveryEngine
import DeliveryScript
import Foundation
import TestScratch
import Testing

/// What a script's refusals say, read as sentences.
@Suite("The command language: messages")
struct ScriptMessageTests {
    func run(_ script: String) async throws -> [String] {
        let path = TestScratch.path("baedal-messages", suffix: ".sqlite")
        let clock = SimulatedClock(Date())
        let engine = try await DeliveryEngine.open(path: path, options: .init(clock: clock, ids: .seeded(5), hasher: .fastForTests))
        let runner = ScriptRunner(engine: engine, language: .english)
        var texts: [String] = []
        for line in try ScriptParser.parse(script, file: "messages.baedal") { texts.append(await runner.step(line).text) }
        return texts
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
