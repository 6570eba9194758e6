import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation
import Payments
import TestScratch
import Testing

/// Issue 13 in the command language: `order … to "…"`, `address add`, remembered cards.
@Suite("The command language: delivery addresses and remembered cards")
struct AddressScriptTests {
    static let card = CardDetails(number: "4242424242424242", expiryMonth: 12, expiryYear: 2030, cvc: "123")

    @Test func anOrderNamesWhereItGoesBeforeItsCard() throws {
        let lines = try ScriptParser.parse(
            """
            order @x to "서울 관악구 신림로 1, 101호" note "문 앞에 놓아주세요" card 4242424242424242 exp 12/30 cvc 123 remember
            order @y card 4242 cvc 321
            order
            address add "서울 관악구 신림로 1, 101호" note "문 앞에 놓아주세요" default
            address remove "서울 관악구 신림로 1, 101호"
            address default "서울 관악구 신림로 1, 101호"
            card forget 4242
            """, file: "to.baedal")
        #expect(
            lines.map(\.command) == [
                .order(label: "x", to: "서울 관악구 신림로 1, 101호", note: "문 앞에 놓아주세요", payment: .card(Self.card, remember: true)),
                .order(label: "y", to: nil, note: nil, payment: .remembered("4242", cvc: CardSecurityCode("321"))),
                .order(label: nil, to: nil, note: nil, payment: nil),
                .addAddress("서울 관악구 신림로 1, 101호", note: "문 앞에 놓아주세요", makeDefault: true),
                .removeAddress("서울 관악구 신림로 1, 101호"),
                .setDefaultAddress("서울 관악구 신림로 1, 101호"),
                .forgetCard("4242"),
            ])
        // The CVC of a remembered card is hidden like a typed card's.
        #expect(lines[1].source == "order @y card 4242 cvc •••")
        #expect(!"\(lines[1].command)".contains("321"))
    }

    @Test func theAddressComesBeforeTheCard() {
        #expect(throws: ScriptSyntaxError.self) {
            try ScriptParser.parse("order @x card 4242424242424242 exp 12/30 cvc 123 to \"신림로 1\"", file: "x")
        }
    }

    @Test func toIsOptionalWithADefaultAndRefusedWithoutOne() async throws {
        let reports = try await Self.run(
            """
            clock 2026-11-25 12:00
            signup owner 왕사장 password "wang-12345"
            store "행복반점" category 중식 address "서울 종로구 종로 1" hours 10:00-22:00 minimum 12000 fee 3000 payout "국민 123-456-789" business 123-45-67891
            menu "행복반점" add "짜장면" 7000
            signup customer 민지 password "minji-12345"
            cart add "행복반점" "짜장면" 2
            order @a card 4242424242424242 exp 12/30 cvc 123
            expect refused "no address to deliver to"
            expect count history 0
            address add "서울 관악구 신림로 1, 101호" note "문 앞에 놓아주세요"
            order @a card 4242424242424242 exp 12/30 cvc 123 remember
            expect payment paid
            expect count cards 1
            cart add "행복반점" "짜장면" 2
            order @b to "서울 강남구 테헤란로 152" card 4242 cvc 999
            expect payment paid
            signup rider 라이더1 password "rider1-12345"
            as 왕사장
            confirm @b
            as 라이더1
            show order @b
            """)
        #expect(reports[6].outcome != .ok)
        #expect(reports[10].text.hasSuffix(" to 서울 관악구 신림로 1, 101호 (문 앞에 놓아주세요); paid"))
        #expect(reports[14].text.hasSuffix(" to 서울 강남구 테헤란로 152; paid"))
        #expect(
            reports.last?.details == ["pick up: 행복반점, 서울 종로구 종로 1", "deliver to: 서울 강남구 테헤란로 152"])
    }

    static func run(_ script: String) async throws -> [StepReport] {
        let path = TestScratch.path("baedal-script", suffix: ".sqlite")
        let engine = try await DeliveryEngine.open(
            path: path, options: .init(clock: SimulatedClock(Date()), ids: .seeded(3), hasher: .fastForTests))
        let runner = ScriptRunner(engine: engine, language: .english)
        var reports: [StepReport] = []
        for line in try ScriptParser.parse(script, file: "address.baedal") { reports.append(await runner.step(line)) }
        runner.finish()
        #expect(runner.failures.isEmpty, "\(runner.failures)")
        return reports
    }
}
