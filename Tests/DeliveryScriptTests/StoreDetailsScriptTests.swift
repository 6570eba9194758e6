import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation
import Testing

/// `store NAME details …` and `menu STORE remove NAME` in the command language.
@Suite("The command language: store details and removing a dish")
struct StoreDetailsScriptTests {
    @Test func bothStepsParse() throws {
        let lines = try ScriptParser.parse(
            """
            store "행복반점" details address "서울 종로구 종로 2" fee 2000 minimum 15000
            store "행복반점" details payout "신한 110-456" category 분식
            menu "행복반점" remove "짜장면"
            """, file: "details.baedal")
        #expect(
            lines.map(\.command) == [
                .updateStoreDetails(store: "행복반점", address: "서울 종로구 종로 2", category: nil, minimum: 15_000, fee: 2_000, payout: nil),
                .updateStoreDetails(store: "행복반점", address: nil, category: "분식", minimum: nil, fee: nil, payout: "신한 110-456"),
                .removeMenuItem(store: "행복반점", item: "짜장면"),
            ])
    }

    @Test func theNameAndBusinessNumberAreNotDetails() {
        #expect(throws: ScriptSyntaxError.self) { try ScriptParser.parse("store \"행복반점\" details business 1234567891", file: "x") }
        #expect(throws: ScriptSyntaxError.self) { try ScriptParser.parse("store \"행복반점\" details", file: "x") }
    }

    @Test func anEditedStoreAndARemovedDishAreSeenByTheCustomer() async throws {
        let reports = try await AddressScriptTests.run(
            """
            clock 2026-11-25 12:00
            signup owner 왕사장 password "wang-12345"
            store "행복반점" category 중식 address "서울 종로구 종로 1" hours 10:00-22:00 minimum 12000 fee 3000 payout "국민 123-456-789" business 123-45-67891
            menu "행복반점" add "짜장면" 7000
            menu "행복반점" add "짬뽕" 8000
            signup customer 민지 password "minji-12345"
            address add "서울 관악구 신림로 1"
            cart add "행복반점" "짜장면" 2
            as 왕사장
            store "행복반점" details fee 1000 payout "국민"
            expect refused "payout account"
            store "행복반점" details fee 1000
            menu "행복반점" remove "짜장면"
            as 민지
            order @a card 4242424242424242 exp 12/30 cvc 123
            expect refused "no longer on the menu"
            show menu "행복반점"
            """)
        #expect(reports[11].text == "updated 행복반점's details")
        #expect(reports[12].text == "took 짜장면 off 행복반점's menu")
        #expect(!reports[16].details.contains { $0.contains("짜장면") })
    }
}
