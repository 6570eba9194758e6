import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation
import TestScratch
import Testing

/// `show stores` finds a store by a dish it sells, and says when a closed one opens.
@Suite("The command language: show stores")
struct ShowStoresTests {
    func run(_ script: String) async throws -> [StepReport] {
        let path = TestScratch.path("baedal-show-stores", suffix: ".sqlite")
        let clock = SimulatedClock(KoreanTime.parse("2026-11-25 23:00")!)
        let engine = try await DeliveryEngine.open(path: path, options: .init(clock: clock, ids: .seeded(5), hasher: .fastForTests))
        let runner = ScriptRunner(engine: engine, language: .english)
        var reports: [StepReport] = []
        for line in try ScriptParser.parse(script, file: "show-stores.baedal") { reports.append(await runner.step(line)) }
        return reports
    }

    static let stores = """
        signup owner 왕사장 password "wang-12345"
        store "행복반점" category 중식 address "서울 종로구 종로 1" hours 00:00-24:00 minimum 12000 fee 3000 payout "국민 123-456-789" business 123-45-67891
        menu "행복반점" add "짜장면" 7000 "춘장 듬뿍"
        store "김밥나라" category 분식 address "서울 종로구 종로 2" hours 10:30-22:00 minimum 8000 fee 2000 payout "국민 123-456-780" business 220-81-12341
        menu "김밥나라" add "참치김밥" 4000
        """

    @Test("show stores 짜장 lists 행복반점 and the dish it matched")
    func byDish() async throws {
        let reports = try await run(Self.stores + "\nshow stores 짜장")
        let shown = try #require(reports.last)
        #expect(shown.text.contains("1 store"))
        #expect(shown.details.count == 1)
        #expect(shown.details.first?.contains("행복반점") == true)
        #expect(shown.details.first?.contains("sells 짜장면") == true)
    }

    @Test("A closed store comes last and says when it opens")
    func closedStore() async throws {
        let reports = try await run(Self.stores + "\nshow stores")
        let details = try #require(reports.last?.details)
        #expect(details.count == 2)
        #expect(details.first?.hasPrefix("행복반점") == true)
        #expect(details.last?.contains("closed (opens tomorrow 10:30)") == true)
    }
}
