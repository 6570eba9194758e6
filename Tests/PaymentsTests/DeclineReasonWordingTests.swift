import Testing

@testable import Payments

/// A decline's reason reaches a Korean customer in Korean: the order's event keeps the issuer's
/// English message, which is read back as its reason; an unknown one is shown as recorded.
@Suite("Decline reasons in Korean")
struct DeclineReasonWordingTests {
    @Test(arguments: DeclineReason.allCases)
    func everyReasonReadsBackFromItsMessage(_ reason: DeclineReason) {
        #expect(DeclineReason.korean(describing: reason.message) == reason.korean)
        #expect(!reason.korean.contains { $0.isASCII && $0.isLetter })
    }

    @Test func anUnknownReasonIsShownAsRecorded() {
        #expect(DeclineReason.korean(describing: "the card was declined") == "the card was declined")
        #expect(DeclineReason.korean(describing: DeclineReason.insufficientFunds.message) == "잔액이나 한도가 부족해요")
    }
}
