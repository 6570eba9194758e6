import Testing

@testable import DeliveryDomain

@Suite("Choosing a language")
struct LanguageTests {
    @Test func koreanIsTheDefault() throws {
        #expect(try Language.chosen(option: nil, environment: [:]) == .korean)
        #expect(try Language.chosen(option: nil, environment: ["BAEDAL_LANG": ""]) == .korean)
    }

    @Test func theOptionWinsOverTheEnvironment() throws {
        #expect(try Language.chosen(option: "en", environment: ["BAEDAL_LANG": "ko"]) == .english)
        #expect(try Language.chosen(option: nil, environment: ["BAEDAL_LANG": "en"]) == .english)
    }

    @Test(arguments: ["en", "EN", "en_US.UTF-8", "en-GB"])
    func englishCodesAreForgiven(_ code: String) throws {
        #expect(try Language(code: code) == .english)
    }

    @Test func anUnknownLanguageIsRefusedNamingTheValidOnes() {
        #expect(throws: UnknownLanguage(code: "fr")) { try Language.chosen(option: "fr", environment: [:]) }
        #expect(throws: UnknownLanguage(code: "de")) { try Language.chosen(option: nil, environment: ["BAEDAL_LANG": "de"]) }
        let message = UnknownLanguage(code: "fr").description
        #expect(message.contains("ko (한국어)") && message.contains("en (English)") && message.contains("\"fr\""))
    }
}

@Suite("Korean particles")
struct KoreanParticleTests {
    @Test func theParticleFollowsTheFinalConsonant() {
        #expect(KoreanParticle.object("짜장면") == "짜장면을")
        #expect(KoreanParticle.object("피자") == "피자를")
        #expect(KoreanParticle.topic("홍콩반점") == "홍콩반점은")
        #expect(KoreanParticle.subject("김밥천국") == "김밥천국이")
        #expect(KoreanParticle.subject("피자헛") == "피자헛이")
        #expect(KoreanParticle.toward("라이더") == "라이더로")
        #expect(KoreanParticle.toward("서울") == "서울로")
        #expect(KoreanParticle.toward("고객") == "고객으로")
        #expect(KoreanParticle.copula("조리 중") == "조리 중이에요")
        #expect(KoreanParticle.copula("결제 대기") == "결제 대기예요")
    }

    @Test func digitsAreReadTheKoreanWay() {
        #expect(KoreanParticle.subject("ORDER1") == "ORDER1이")
        #expect(KoreanParticle.subject("ORDER2") == "ORDER2가")
        #expect(KoreanParticle.copula("12,000원") == "12,000원이에요")
    }

    @Test func aWordOfUnknownSoundTakesBoth() {
        #expect(KoreanParticle.object("BBQ") == "BBQ을(를)")
        #expect(KoreanParticle.topic("\"x\"") == "\"x\"은(는)")
    }
}
