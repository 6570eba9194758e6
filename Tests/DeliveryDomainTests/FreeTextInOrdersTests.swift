import Foundation
import Testing

@testable import DeliveryDomain

/// Reasons, reviews and replies follow the free-text rule: a 10,000-character reason, a
/// review that clears the store's screen, a reply that turns itself backwards are refused.
@Suite("Free text in orders")
struct FreeTextInOrdersTests {
    let delivered = Given.order(until: .delivered)  // delivered at +38 min

    @Test func aTenThousandCharacterRejectionIsRefused() {
        let reason = String(repeating: "재료", count: 5_000)
        #expect(
            when(Given.order(until: .awaitingConfirmation), .reject(reason: reason, by: Given.owner, now: Given.minutes(2))).violation
                == .textTooLong(field: "reason", maximum: 200, actual: 10_000))
    }

    @Test func aCancellationReasonWithEscapeIsRefused() {
        #expect(
            when(
                Given.order(until: .awaitingConfirmation),
                .cancel(reason: "마음이\u{1B}[2J 바뀌었어요", by: Given.customer, now: Given.minutes(2))
            ).violation
                == .forbiddenCharacter(field: "reason", character: "ESC (U+001B, a control character)", position: 4))
    }

    @Test func aReviewThatActsOnTheTerminalIsRefusedAndLinesAreWelcome() throws {
        #expect(
            when(delivered, .review(rating: 5, text: "맛있어요\u{07}", by: Given.customer, now: Given.minutes(120))).violation
                == .forbiddenCharacter(field: "review", character: "BEL (U+0007, a control character)", position: 5))
        let reviewed =
            delivered
            + (try when(
                delivered,
                .review(
                    rating: 5, text: "맛있어요\n또 시킬게요", by: Given.customer,
                    now: Given.minutes(120))
            ).get())
        #expect(
            when(reviewed, .reply(text: "감사합니다\u{202E}", by: Given.owner, now: Given.minutes(130))).violation
                == .forbiddenCharacter(
                    field: "reply", character: "RIGHT-TO-LEFT OVERRIDE (U+202E, a right-to-left or direction control)",
                    position: 6))
    }
}
