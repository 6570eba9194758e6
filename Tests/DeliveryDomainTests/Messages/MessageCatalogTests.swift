import Foundation
import Testing

@testable import DeliveryDomain

/// The message catalog: every refusal is worded in every language, and none is left
/// untranslated. Adding a rule without its Korean or English words fails the build (each
/// language is one exhaustive `switch`); adding one without an example here fails `everyKeyHasAnExample`.
@Suite("Message catalog")
struct MessageCatalogTests {
    static let noon = Date(timeIntervalSince1970: 1_795_000_000)

    /// One refusal of every kind, with arguments a person might have typed (Latin ones, so a
    /// Hangul syllable in the English text can only come from a missing translation).
    static let examples: [RuleViolation] = [
        .nameTaken("minsu"), .invalidName(.length(name: "m", count: 1)), .invalidName(.characters), .invalidName(.reserved("system")),
        .weakPassword,
        .wrongPassword, .wrongCurrentPassword, .samePassword, .unknownAccount("minsu"),
        .wrongRole(expected: .owner, actual: .rider),
        .alreadyFavourite("Pizza Hut"), .notFavourite("Pizza Hut"), .storeAlreadyRegistered, .unknownStore("Pizza Hut"),
        .notYourStore, .invalidStoreDetail(.missing(.address)), .invalidStoreDetail(.minimumOrderOutOfRange),
        .invalidStoreDetail(.openingHours("10-22")), .invalidStoreDetail(.kitchenCapacity(0)),
        .invalidBusinessNumber("123"), .unknownMenuItem("pizza"), .duplicateMenuItem("pizza"), .menuItemRemoved("pizza"),
        .storeNameFixed("Pizza Hut"), .businessNumberFixed("123-45-67891"), .invalidPrice(0),
        .storeClosed(name: "Pizza Hut", hours: "10:00-22:00"), .storePaused(name: "Pizza Hut"), .modeUnchanged("paused"),
        .emptyCart, .invalidQuantity(11), .tooManyItems(count: 11), .secondStore(cartStore: "Pizza Hut", otherStore: "BBQ"),
        .soldOut("pizza"), .priceChanged(item: "pizza", quoted: Won(12_000), now: Won(13_000)),
        .belowMinimum(subtotal: Won(8_000), minimum: Won(12_000)), .orderAlreadyExists,
        .unknownOrder("ORDER1"), .notYourOrder, .unknownNotification(position: 42), .noDeliveryAddress, .emptyAddress,
        .addressAlreadySaved("1 Sillim-ro"), .unknownAddress("1 Sillim-ro"), .tooManyAddresses(maximum: 10),
        .cardAlreadyRemembered("Visa •••• 4242"), .unknownRememberedCard("4242"), .tooManyRememberedCards(maximum: 5),
        .notPayable(status: .cooking), .alreadyPaid, .cancelAfterConfirmation,
        .notCancellable(status: .delivered), .notConfirmable(status: .cancelled), .confirmationWindowPassed(minutes: 5),
        .invalidCookingTime(0), .invalidTravelTime(999), .notDue(secondsLeft: 30), .jobTaken,
        .notReadyForRider(status: .cooking), .notYourJob, .deliveryNotStarted(status: .cooking),
        .notPickedUp(status: .deliveryStarted), .notDelivered(status: .pickedUp), .reviewTooEarly(opensInMinutes: 1),
        .reviewWindowClosed, .alreadyReviewed, .invalidRating(6), .reviewTooLong(501), .noReviewToReply, .alreadyReplied,
        .reasonRequired, .paymentInProgress, .notCooking(status: .pickedUp), .notCooking(status: .rejected),
        .notCooking(status: .awaitingPayment), .alreadyPickedUp(status: .pickedUp), .jobNotAccepted, .noRiderToRelease,
        .releaseAfterPickUp(status: .pickedUp), .emptyReply,
        .liveClock, .timeOutOfRange, .timeRunsBackwards(newest: noon), .advanceTooLong(seconds: 400 * 86_400),
        .notAnOpenJob, .salesAreTheOwners,
        .forbiddenCharacter(field: "review", character: "ESC (U+001B, a control character)", position: 3),
        .textTooLong(field: "reason", maximum: 200, actual: 201), .nameResembles(typed: "ALICE", existing: "alice"),
        .storeNameTaken(typed: "BBQ", existing: "bbq"), .passwordTooLong(maximum: 72), .blankPassword,
        .signInBackoff(secondsLeft: 185),
        .passwordsPausedForAccount(secondsLeft: 12_001),
    ]

    @Test func everyKeyHasAnExample() {
        let covered = Set(Self.examples.map(\.key))
        let missing = RuleViolation.Key.allCases.filter { !covered.contains($0) }
        #expect(missing.isEmpty, "add an example of \(missing) to MessageCatalogTests.examples")
    }

    @Test(arguments: examples)
    func everyRefusalIsWordedInEveryLanguage(_ refusal: RuleViolation) {
        let korean = refusal.text(in: .korean)
        let english = refusal.text(in: .english)
        #expect(!korean.isEmpty && !english.isEmpty)
        #expect(korean != english, "\(refusal.key) reads the same in Korean and English")
        #expect(hasHangul(korean), "\(refusal.key) has no Korean words: \(korean)")
        #expect(!hasHangul(english) || Self.englishMayQuoteKorean.contains(refusal.key), "\(english)")
    }

    /// English messages that quote a Korean example on purpose.
    static let englishMayQuoteKorean: Set<RuleViolation.Key> = [.invalidStoreDetail, .storeNameTaken, .emptyAddress]

    @Test func theStandardDescriptionIsKorean() {
        #expect(RuleViolation.emptyCart.description == "장바구니가 비어 있어요. 메뉴를 먼저 담아 주세요.")
        #expect(RuleViolation.emptyCart.text(in: .english) == "The cart is empty; add a menu item first.")
    }

    /// The sign-up form of the issue: both of its messages now read in one language.
    @Test func aShortPasswordIsRefusedInKorean() {
        #expect(RuleViolation.weakPassword.text(in: .korean) == "비밀번호는 8자 이상이어야 해요.")
    }

    @Test func amountsAreWonInKoreanAndPrefixedInEnglish() {
        #expect(Won(12_000).text(in: .korean) == "12,000원")
        #expect(Won(12_000).text(in: .english) == "₩12,000")
        #expect(Won(-500).text(in: .english) == "-₩500")
    }

    @Test func argumentsAreFormattedPerLanguage() {
        let minimum = RuleViolation.belowMinimum(subtotal: Won(8_000), minimum: Won(12_000))
        #expect(minimum.text(in: .korean) == "이 가게의 최소 주문 금액은 12,000원이에요. 장바구니는 8,000원이에요.")
        #expect(minimum.text(in: .english) == "This store's minimum order is ₩12,000; the cart comes to ₩8,000.")
        let closed = RuleViolation.storeClosed(name: "홍콩반점", hours: "10:00-22:00")
        #expect(closed.text(in: .korean) == "홍콩반점은 지금 영업 시간이 아니에요(영업 10:00-22:00). 영업 시간에 주문하세요.")
        let wait = RuleViolation.signInBackoff(secondsLeft: 185)
        #expect(wait.text(in: .korean).contains("3분 5초"))
        #expect(wait.text(in: .english).contains("3 min 5 s"))
        #expect(RuleViolation.notPayable(status: .cooking).text(in: .korean) == "지금은 결제할 수 없어요. 지금 상태는 '조리 중'이에요.")
        #expect(RuleViolation.notConfirmable(status: .cancelled).text(in: .korean) == "주문을 확인할 수 없어요. 지금 상태는 '주문 취소'예요.")
        #expect(RuleViolation.wrongRole(expected: .owner, actual: .rider).text(in: .korean).contains("라이더로 로그인해"))
    }
}

/// Whether the text holds a Hangul syllable or jamo.
func hasHangul(_ text: String) -> Bool {
    text.unicodeScalars.contains {
        (0xAC00...0xD7A3).contains($0.value) || (0x1100...0x11FF).contains($0.value) || (0x3130...0x318F).contains($0.value)
    }
}
