import Foundation
import Testing

@testable import DeliveryDomain

@Suite("Paying")
struct PaymentRuleTests {
    @Test func approvalPassesTheOrderToTheStore() {
        let state = OrderDecider.fold(Given.order(until: .awaitingConfirmation))
        #expect(state.status == .awaitingConfirmation)
        #expect(state.paidAt == Given.minutes(1))
    }

    @Test func aDeclineKeepsTheOrderAwaitingPaymentAndAnotherCardMayBeTried() throws {
        var events = Given.order(until: .awaitingPayment)
        let refused = OrderCommand.recordPaymentDeclined(
            idempotencyKey: "pay-1", reason: "declined", cause: .cardRefused(issuerReason: "declined"), now: Given.noon)
        events += try when(events, refused).get()
        #expect(OrderDecider.fold(events).status == .awaitingPayment)
        let retry = when(
            events,
            .requestPayment(
                PaymentRequestDraft(idempotencyKey: "pay-2", card: Given.card),
                by: Given.customer, now: Given.noon))
        #expect(retry.violation == nil)
    }

    @Test func aProcessorFailureIsRecordedAsOneAndKeepsTheOrderAwaitingPayment() throws {
        var events = Given.order(until: .awaitingPayment)
        let failed = try when(
            events,
            .recordPaymentDeclined(idempotencyKey: "pay-1", reason: "the processor failed", cause: .processorFailed, now: Given.noon)
        ).get()
        #expect(
            failed == [
                .paymentDeclined(.init(idempotencyKey: "pay-1", reason: "the processor failed", at: Given.noon, cause: .processorFailed))
            ])
        events += failed
        let state = OrderDecider.fold(events)
        #expect(state.status == .awaitingPayment && state.pendingPayment == nil)
        #expect(state.declines.last?.outcome == .processorFailed)
    }

    @Test func aRefusalIsRecordedWithTheIssuersReason() throws {
        let events = Given.order(until: .awaitingPayment)
        let refused = try when(
            events,
            .recordPaymentDeclined(
                idempotencyKey: "pay-1", reason: "insufficient funds", cause: .cardRefused(issuerReason: "insufficientFunds"),
                now: Given.noon)
        ).get()
        guard case .paymentDeclined(let declined)? = refused.first else {
            Issue.record("expected a decline, got \(refused)")
            return
        }
        #expect(declined.cause == .cardRefused(issuerReason: "insufficientFunds"))
        #expect(!declined.outcome.isProcessorFailure)
    }

    /// Before causes were recorded, the engine began every processor failure's reason the same way.
    @Test func aDeclineRecordedBeforeCausesIsToldByItsReason() {
        let failure = OrderEvent.PaymentDeclined(
            idempotencyKey: "pay-1", reason: "the card processor failed (HTTP 502); nothing was charged, try again", at: Given.noon)
        let refusal = OrderEvent.PaymentDeclined(idempotencyKey: "pay-1", reason: "The card was declined by its issuer.", at: Given.noon)
        #expect(failure.cause == nil && failure.outcome == .processorFailed)
        #expect(refusal.cause == nil && refusal.outcome == .cardRefused(issuerReason: nil))
        // A recorded cause is the truth, whatever the text says.
        let told = OrderEvent.PaymentDeclined(
            idempotencyKey: "pay-1", reason: failure.reason, at: Given.noon, cause: .cardRefused(issuerReason: nil))
        #expect(told.outcome == .cardRefused(issuerReason: nil))
    }

    @Test func aRepeatedApprovalChangesNothing() throws {
        let events = Given.order(until: .awaitingConfirmation)
        let again = try when(events, .recordPaymentApproved(idempotencyKey: "pay-1", paymentID: "pay_1", now: Given.noon)).get()
        #expect(again.isEmpty)
    }

    @Test func aPaidOrderCannotBePaidAgain() {
        let events = Given.order(until: .awaitingConfirmation)
        #expect(
            when(
                events,
                .requestPayment(
                    PaymentRequestDraft(idempotencyKey: "x", card: Given.card),
                    by: Given.customer, now: Given.noon)
            ).violation == .alreadyPaid)
    }
}

@Suite("Cancelling, rejecting and the confirmation deadline")
struct CancellationRuleTests {
    @Test func customerCancelsBeforeConfirmationAndIsRefundedInTheSameStep() throws {
        let events = try when(
            Given.order(until: .awaitingConfirmation),
            .cancel(reason: "", by: Given.customer, now: Given.minutes(2))
        ).get()
        #expect(events.count == 2)
        guard case .refunded(let refund) = events.last else { Issue.record("no refund"); return }
        #expect(refund.amount == 17_000)
    }

    @Test func unpaidOrderIsCancelledWithoutRefund() throws {
        let events = try when(Given.order(until: .awaitingPayment), .cancel(reason: "", by: Given.customer, now: Given.noon)).get()
        #expect(events.count == 1)
    }

    @Test(arguments: [OrderStatus.cooking, .deliveryStarted, .pickedUp, .delivered])
    func customerCannotCancelAfterConfirmation(status: OrderStatus) {
        #expect(
            when(Given.order(until: status), .cancel(reason: "", by: Given.customer, now: Given.minutes(60))).violation
                == .cancelAfterConfirmation)
    }

    @Test func anotherCustomerCannotCancel() {
        #expect(
            when(Given.order(until: .awaitingConfirmation), .cancel(reason: "", by: Given.otherCustomer, now: Given.noon))
                .violation == .notYourOrder)
    }

    @Test func ownerRejectsWithAReasonAndTheCustomerIsRefunded() throws {
        let events = try when(
            Given.order(until: .awaitingConfirmation),
            .reject(reason: "재료 소진", by: Given.owner, now: Given.minutes(2))
        ).get()
        #expect(events.count == 2)
        #expect(OrderDecider.fold(Given.order(until: .awaitingConfirmation) + events).status == .rejected)
    }

    @Test func rejectionNeedsAReason() {
        #expect(
            when(Given.order(until: .awaitingConfirmation), .reject(reason: "  ", by: Given.owner, now: Given.noon))
                .violation == .reasonRequired)
    }

    @Test func anotherOwnerCannotTouchTheOrder() {
        #expect(
            when(Given.order(until: .awaitingConfirmation), .confirm(cookMinutes: 10, by: Given.otherOwner, now: Given.noon))
                .violation == .notYourStore)
    }

    @Test func systemCancelsAnUnconfirmedOrderOnceTheDeadlinePasses() throws {
        let paid = Given.order(until: .awaitingConfirmation)  // paid at +1 min, deadline +6 min
        #expect(when(paid, .autoCancel(now: Given.minutes(5))).violation == .notDue(secondsLeft: 60))
        let events = try when(paid, .autoCancel(now: Given.minutes(6))).get()
        guard case .cancelled(let cancelled) = events.first else { Issue.record("not cancelled"); return }
        #expect(cancelled.by == .system)
        #expect(events.count == 2)
    }

    @Test func confirmingAfterTheDeadlineIsRefusedEvenIfTheTimerIsLate() {
        #expect(
            when(Given.order(until: .awaitingConfirmation), .confirm(cookMinutes: 10, by: Given.owner, now: Given.minutes(7)))
                .violation == .confirmationWindowPassed(minutes: 5))
    }

    @Test func confirmedOrderIsNotAutoCancelled() {
        #expect(
            when(Given.order(until: .cooking), .autoCancel(now: Given.minutes(60))).violation
                == .notCancellable(status: .cooking))
    }

    @Test(arguments: [0, 181])
    func cookingTimeMustBeSensible(minutes: Int) {
        #expect(
            when(Given.order(until: .awaitingConfirmation), .confirm(cookMinutes: minutes, by: Given.owner, now: Given.noon))
                .violation == .invalidCookingTime(minutes))
    }
}

@Suite("Riders and delivery")
struct DeliveryRuleTests {
    @Test func aSecondRiderCannotTakeAHeldJob() {
        #expect(when(Given.order(until: .cooking), .acceptJob(by: Given.otherRider, now: Given.noon)).violation == .jobTaken)
    }

    @Test func ridersCannotTakeAnUnconfirmedOrder() {
        #expect(
            when(Given.order(until: .awaitingConfirmation), .acceptJob(by: Given.rider, now: Given.noon)).violation
                == .notReadyForRider(status: .awaitingConfirmation))
    }

    @Test func pickUpWaitsForDeliveryToStart() {
        #expect(
            when(Given.order(until: .cooking), .pickUp(by: Given.rider, now: Given.noon)).violation
                == .deliveryNotStarted(status: .cooking))
    }

    @Test func onlyTheHoldingRiderPicksUp() {
        #expect(
            when(Given.order(until: .deliveryStarted), .pickUp(by: Given.otherRider, now: Given.noon)).violation
                == .notYourJob)
    }

    @Test func deliveredNeedsPickUpFirst() {
        #expect(
            when(Given.order(until: .deliveryStarted), .markDelivered(by: Given.rider, now: Given.noon)).violation
                == .notPickedUp(status: .deliveryStarted))
    }

    @Test func progressFollowsTheClockAndNeverClaimsArrivalEarly() {
        let state = OrderDecider.fold(Given.order(until: .deliveryStarted))  // started +22, 15 min travel
        #expect(state.deliveryProgress(at: Given.minutes(22)) == 0)
        #expect(abs(state.deliveryProgress(at: Given.minutes(29.5))! - 0.5) < 0.0001)
        #expect(state.deliveryProgress(at: Given.minutes(90)) == 0.99)
        #expect(state.estimatedArrivalAt == Given.minutes(37))
        #expect(OrderDecider.fold(Given.order(until: .delivered)).deliveryProgress(at: Given.minutes(39)) == 1)
    }
}

@Suite("Reviews")
struct ReviewRuleTests {
    let delivered = Given.order(until: .delivered)  // delivered at +38 min

    func review(at minutes: Double, rating: Int = 5, by actor: Actor = Given.customer) -> RuleViolation? {
        when(delivered, .review(rating: rating, text: "맛있어요", by: actor, now: Given.minutes(minutes))).violation
    }

    @Test func refusedBeforeOneHour() {
        #expect(review(at: 38 + 59) == .reviewTooEarly(opensInMinutes: 1))
    }

    @Test func acceptedAtOneHourAndAtTwentyFourHours() {
        #expect(review(at: 38 + 60) == nil)
        #expect(review(at: 38 + 24 * 60) == nil)
    }

    @Test func refusedAfterTwentyFourHours() {
        #expect(review(at: 38 + 24 * 60 + 1) == .reviewWindowClosed)
    }

    @Test func onlyOnce() throws {
        let events = delivered + (try when(delivered, .review(rating: 4, text: "", by: Given.customer, now: Given.minutes(120))).get())
        #expect(when(events, .review(rating: 5, text: "", by: Given.customer, now: Given.minutes(130))).violation == .alreadyReviewed)
    }

    @Test(arguments: [0, 6])
    func ratingIsOneToFive(rating: Int) {
        #expect(review(at: 120, rating: rating) == .invalidRating(rating))
    }

    @Test func onlyTheOrderingCustomerReviews() {
        #expect(review(at: 120, by: Given.otherCustomer) == .notYourOrder)
    }

    @Test func notBeforeDelivery() {
        #expect(
            when(Given.order(until: .pickedUp), .review(rating: 5, text: "", by: Given.customer, now: Given.minutes(200)))
                .violation == .notDelivered(status: .pickedUp))
    }

    @Test func ownerRepliesOnce() throws {
        var events = delivered + (try when(delivered, .review(rating: 4, text: "", by: Given.customer, now: Given.minutes(120))).get())
        events += try when(events, .reply(text: "감사합니다!", by: Given.owner, now: Given.minutes(130))).get()
        #expect(when(events, .reply(text: "또", by: Given.owner, now: Given.minutes(131))).violation == .alreadyReplied)
    }
}
