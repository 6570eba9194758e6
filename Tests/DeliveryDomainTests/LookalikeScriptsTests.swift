import Testing

@testable import DeliveryDomain

/// A name mixing Cyrillic or Greek letters, drawn like Latin ones, with another script could
/// pass for someone else's; a name wholly in one script, or Hangul with Latin, is a name.
@Suite("Names mixing lookalike scripts")
struct LookalikeScriptsTests {
    static func profile(named name: String) -> StoreProfile {
        StoreProfile(
            name: name, address: "서울 마포구 양화로 45", category: "치킨", hours: .allDay, minimumOrder: 12_000,
            deliveryFee: 3_000, payoutAccount: "국민 123-456-789", businessNumber: "123-45-67891")
    }

    static func register(_ name: String) throws(RuleViolation) -> [StoreEvent] {
        try StoreDecider.decide(
            .register(StoreID("bbq"), profile(named: name), .standard, by: Given.owner, now: Given.noon), StoreDecider.initialState)
    }

    /// The rule is for new names: a store registered before it keeps its name, and its edits.
    @Test func aStoreNamedBeforeTheRuleCanStillBeEdited() throws {
        let old = StoreDecider.fold([
            .registered(
                .init(
                    store: StoreID("bbq"), owner: Given.owner.account, profile: Self.profile(named: "\u{412}BQ치킨"),
                    settings: .standard, at: Given.noon))
        ])
        var edited = Self.profile(named: "\u{412}BQ치킨")
        edited.deliveryFee = 4_000
        #expect(try StoreDecider.decide(.updateProfile(edited, by: Given.owner, now: Given.noon), old).count == 1)
    }

    @Test func aCyrillicLetterAmongLatinOnesIsRefusedAsAnAccountName() {
        // "pаy" with U+0430 CYRILLIC SMALL LETTER A.
        #expect(throws: RuleViolation.invalidName(.mixedScripts(.latin, .cyrillic))) { try AccountName.validate("p\u{430}y") }
        #expect(throws: RuleViolation.invalidName(.mixedScripts(.greek, .latin))) { try AccountName.validate("\u{3BF}live") }
        #expect(throws: RuleViolation.invalidName(.mixedScripts(.other, .cyrillic))) { try AccountName.validate("민\u{441}") }
    }

    @Test func namesInOneScriptOrHangulWithLatinAreNames() throws {
        #expect(try AccountName.validate("Москва") == "Москва")
        #expect(try AccountName.validate("Ελένη") == "Ελένη")
        #expect(try AccountName.validate("minsu_2") == "minsu_2")
        #expect(try AccountName.validate("BBQ치킨") == "BBQ치킨")
        #expect(try AccountName.validate("Café-Zoë") == "Café-Zoë")
        #expect(try Self.register("BBQ치킨 마포점").count == 1)
        #expect(try Self.register("寿司 Sakura すし").count == 1)
    }

    @Test func aStoreNameMixingLookalikeScriptsIsRefusedAndSaysWhich() {
        // "BBQ치킨" with U+0412 CYRILLIC CAPITAL LETTER VE for the first B.
        let violation = RuleViolation.invalidStoreDetail(.mixedScripts(.cyrillic, .latin))
        #expect(throws: violation) { try Self.register("\u{412}BQ치킨") }
        #expect(violation.text(in: .english).contains("mixes Cyrillic and Latin letters"))
        #expect(violation.text(in: .korean).contains("키릴 문자와 라틴 문자가 섞여 있어요"))
        #expect(RuleViolation.invalidName(.mixedScripts(.latin, .greek)).text(in: .korean).contains("라틴 문자와 그리스 문자가"))
    }
}
