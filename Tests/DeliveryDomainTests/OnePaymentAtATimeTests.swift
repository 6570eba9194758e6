import Foundation
import Testing

@testable import DeliveryDomain

/// One order, at most one charge: a payment is refused while another waits for its answer, so two
/// payers racing on the same order can never both reach the card processor.
@Suite("One payment at a time")
struct OnePaymentAtATimeTests {
    static func request(_ key: String) -> OrderCommand {
        .requestPayment(PaymentRequestDraft(idempotencyKey: key, card: Given.card), by: Given.customer, now: Given.minutes(1))
    }

    @Test func aSecondPaymentWhileOneIsPendingIsRefused() {
        // given an order placed with a card, its payment not yet answered
        let given = Given.order(until: .awaitingPayment)
        // when the customer (another process, another screen) pays again
        // then it is refused, and nothing is recorded
        #expect(when(given, Self.request("pay-2")).violation == .paymentInProgress)
        #expect(RuleViolation.paymentInProgress.text(in: .english).contains("already in progress"))
    }

    @Test func anOrderPlacedWithoutACardMayBePaidOnceThenNotAgainUntilAnswered() throws {
        let placed: [OrderEvent] = try OrderDecider.decide(
            .place(
                Given.orderID, lines: [CartLine(item: Given.jjajang, quantity: 2)], store: Given.store,
                payment: nil, by: Given.customer, now: Given.noon),
            OrderDecider.initialState)
        let first = try when(placed, Self.request("pay-1")).get()
        #expect(first.count == 1)
        #expect(when(placed + first, Self.request("pay-2")).violation == .paymentInProgress)
    }

    @Test func aDeclineClearsTheWayForAnotherCard() throws {
        var given = Given.order(until: .awaitingPayment)
        let refused = OrderCommand.recordPaymentDeclined(
            idempotencyKey: "pay-1", reason: "declined", cause: .cardRefused(issuerReason: "declined"), now: Given.minutes(1))
        given += try when(given, refused).get()
        #expect(when(given, Self.request("pay-2")).violation == nil)
    }

    @Test func anApprovalMakesTheOrderPaidNotInProgress() {
        #expect(when(Given.order(until: .awaitingConfirmation), Self.request("pay-2")).violation == .alreadyPaid)
    }

    @Test func aLateApprovalIsRefundedOnceHoweverOftenItIsReported() throws {
        // given an order cancelled while its payment was pending
        var given = Given.order(until: .awaitingPayment)
        given += try when(given, .cancel(reason: "", by: Given.customer, now: Given.minutes(1))).get()
        // when the charge turns out to have landed, it is recorded and given back
        let late = OrderCommand.recordPaymentApproved(idempotencyKey: "pay-1", paymentID: "pay_late", now: Given.minutes(2))
        let first = try when(given, late).get()
        #expect(first.count == 2)
        guard case .refunded(let refund) = first.last else { Issue.record("no refund"); return }
        #expect(refund.paymentID == "pay_late")
        // and reported again (a second reconciliation), nothing more happens
        #expect(try when(given + first, late).get().isEmpty)
    }
}
