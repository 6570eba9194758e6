import Foundation
import Testing
@testable import Payments

/// Card input is typed by people and scripts: no value of it may trap the process, and nothing
/// that looks like a card number is echoed back in a message.
@Suite("Hostile card input")
struct HostileCardInputTests {
    @Test(
        "Expiry years at Int's limits are refused, not trapped on `year + 1`",
        arguments: [Int.max, Int.max - 1, Int.min, 10_000, 1 << 40])
    func hugeExpiryYear(year: Int) {
        let card = Fixtures.card(TestCards.visaApproved, month: 12, year: year)
        #expect(Fixtures.validationError(card) == .invalidExpiry)
        let token = CardToken(token: "tok_test", brand: .visa, last4: "4242", expiryMonth: 12, expiryYear: year)
        #expect(token.hasExpired(at: Fixtures.now, calendar: Fixtures.calendar) == false)
    }

    @Test("Months at Int's limits are refused", arguments: [Int.max, Int.min])
    func hugeExpiryMonth(month: Int) {
        #expect(Fixtures.validationError(Fixtures.card(TestCards.visaApproved, month: month)) == .invalidExpiry)
    }

    @Test("A number of thousands of digits is refused by its length, without echoing it")
    func enormousNumber() {
        let card = Fixtures.card(String(repeating: "4", count: 5_000))
        #expect(Fixtures.validationError(card) == .wrongLength(5_000))
        #expect(!"\(card)".contains("4444"))
    }

    @Test("Runs of 12 or more digits are masked to their last four, separators kept")
    func masking() {
        #expect(CardNumberMasking.masked("found '4242424242424242'") == "found '••••••••••••4242'")
        #expect(CardNumberMasking.masked("4242 4242 4242 4242") == "•••• •••• •••• 4242")
        #expect(CardNumberMasking.masked("4242-4242-4242-4242x") == "••••-••••-••••-4242x")
        #expect(CardNumberMasking.masked("카드 ４２４２４２４２４２４２４２４２ 입니다") == "카드 ••••••••••••４２４２ 입니다")
        #expect(CardNumberMasking.masked("a 20-digit typo 42424242424242424242") == "a 20-digit typo ••••••••••••••••4242")
        // Found by scripts/fuzz: the tokenizer ignores every space and dash, so the masking must too.
        #expect(
            CardNumberMasking.masked("'+00000000000000000000000000--------00000000\u{0B}'")
                == "'+" + String(repeating: "•", count: 26) + "--------••••0000\u{0B}'")
        #expect(CardNumberMasking.masked("4242--4242 -4242  4242 - ") == "••••--•••• -••••  4242 - ")
    }

    @Test("Short numbers stay readable: dates, amounts, line numbers, business numbers")
    func shortNumbersStay() {
        for text in ["2026-11-25 12:00", "12,000원", "line 12: 3 failed", "123-45-67891", "4242 4242 424"] {
            #expect(CardNumberMasking.masked(text) == text)
        }
    }
}
