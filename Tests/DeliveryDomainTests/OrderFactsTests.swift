import Foundation
import Testing

@testable import DeliveryDomain

/// The rules that used to be restated beside the decider (in the cart screen, the read model,
/// the screens) now have one home each in `DeliveryDomain/Order`. These pin them, and pin that
/// the decider answers with the same rule.
@Suite("Placement, in one rule")
struct PlacementRuleTests {
    let jjajang = { (n: Int) in CartLine(item: Given.jjajang, quantity: n) }

    @Test func aCartTheDeciderTakesHasNoRefusal() throws {
        #expect(PlacementRule.refusal(of: [jjajang(2)], at: Given.store, now: Given.noon) == nil)
        let priced = try PlacementRule.price([jjajang(2)], at: Given.store, now: Given.noon)
        #expect(priced == [OrderLine(item: Given.jjajang, name: "짜장면", unitPrice: 7_000, quantity: 2)])
    }

    @Test func eachRuleIsReportedInTurn() {
        let store = Given.store
        #expect(PlacementRule.refusal(of: [], at: store, now: Given.noon) == .emptyCart)
        #expect(PlacementRule.refusal(of: [jjajang(11)], at: store, now: Given.noon) == .invalidQuantity(11))
        #expect(
            PlacementRule.refusal(of: [CartLine(item: MenuItemID("gone"), quantity: 1)], at: store, now: Given.noon)
                == .unknownMenuItem("gone"))
        #expect(
            PlacementRule.refusal(of: [CartLine(item: Given.tangsuyuk, quantity: 1)], at: store, now: Given.noon)
                == .soldOut("탕수육"))
        #expect(
            PlacementRule.refusal(
                of: [jjajang(6), CartLine(item: Given.jjambbong, quantity: 5)], at: store,
                now: Given.noon) == .tooManyItems(count: 11))
        #expect(
            PlacementRule.refusal(of: [jjajang(1)], at: store, now: Given.noon)
                == .belowMinimum(subtotal: 7_000, minimum: 12_000))
    }

    @Test func aPausedStoreRefusesAsTheDeciderDoes() {
        let paused = StoreDecider.evolve(Given.store, .modeChanged(.init(mode: .paused, at: Given.noon)))
        let refusal = PlacementRule.refusal(of: [jjajang(2)], at: paused, now: Given.noon)
        #expect(refusal == .storePaused(name: "홍콩반점"))
        let decided = Result { () throws(RuleViolation) in
            try OrderDecider.decide(
                .place(
                    Given.orderID, lines: [jjajang(2)], store: paused, payment: nil,
                    by: Given.customer, now: Given.noon), OrderDecider.initialState)
        }
        #expect(decided.violation == refusal)
    }

    @Test func theDeciderRefusesWhatTheRuleRefuses() {
        for lines in [[jjajang(1)], [CartLine(item: Given.tangsuyuk, quantity: 1)], []] {
            let rule = PlacementRule.refusal(of: lines, at: Given.store, now: Given.noon)
            let decided = Result { () throws(RuleViolation) in
                try OrderDecider.decide(
                    .place(
                        Given.orderID, lines: lines, store: Given.store, payment: nil,
                        by: Given.customer, now: Given.noon), OrderDecider.initialState)
            }
            #expect(rule != nil)
            #expect(decided.violation == rule)
        }
    }
}

@Suite("Order facts, each in one helper")
struct OrderFactsTests {
    @Test func aDeliveredOrderIsOverNotTooLateToCancel() {
        #expect(CustomerCancellation.standing(of: .delivered) == .over)
        #expect(CustomerCancellation.standing(of: .cancelled) == .over)
        #expect(CustomerCancellation.standing(of: .rejected) == .over)
        for status in [OrderStatus.cooking, .deliveryStarted, .pickedUp] {
            #expect(CustomerCancellation.standing(of: status) == .tooLate)
        }
        for status in [OrderStatus.awaitingPayment, .awaitingConfirmation] {
            #expect(CustomerCancellation.standing(of: status) == .allowed)
        }
    }

    @Test(arguments: OrderStatus.allCases)
    func theDeciderRefusesACancelExactlyWhenTheRuleSays(status: OrderStatus) {
        let stopped: [OrderEvent] =
            switch status {
            case .cancelled:
                Given.order(until: .awaitingConfirmation)
                    + [.cancelled(.init(by: .customer, reason: "x", at: Given.minutes(2)))]
            case .rejected: Given.order(until: .awaitingConfirmation) + [.rejected(.init(reason: "x", at: Given.minutes(2)))]
            default: Given.order(until: status)
            }
        let state = OrderDecider.fold(stopped)
        #expect(state.status == status)
        let decided = when(stopped, .cancel(reason: "", by: Given.customer, now: Given.minutes(60)))
        #expect(decided.violation == CustomerCancellation.refusal(at: status))
        #expect((decided.violation == nil) == (state.customerCancellation == .allowed))
    }

    @Test func theDeadlineRunsFromPaymentOrAdmission() {
        #expect(OrderTimes.confirmationDeadline(opened: Given.noon, autoCancelMinutes: 5) == Given.minutes(5))
        let paid = OrderDecider.fold(Given.order(until: .awaitingConfirmation))  // paid at +1
        #expect(paid.confirmationDeadline == Given.minutes(6))
        let admitted = OrderDecider.evolve(paid, .admitted(.init(at: Given.minutes(3))))
        #expect(admitted.confirmationDeadline == Given.minutes(8))
    }

    @Test func estimatesAddTheMinutesTheStoreGave() {
        #expect(OrderTimes.readyAt(confirmedAt: Given.minutes(2), cookMinutes: 20) == Given.minutes(22))
        #expect(OrderTimes.readyAt(confirmedAt: nil, cookMinutes: 20) == nil)
        #expect(OrderTimes.arrivalAt(deliveryStartedAt: Given.minutes(22), travelMinutes: 15) == Given.minutes(37))
        #expect(OrderTimes.arrivalAt(deliveryStartedAt: Given.minutes(22), travelMinutes: nil) == nil)
        #expect(OrderDecider.fold(Given.order(until: .cooking)).estimatedReadyAt == Given.minutes(22))
    }

    @Test func progressRunsFromTheStartOfDeliveryWhetherOrNotPickedUp() {
        let start = Given.minutes(22)
        for status in [OrderStatus.deliveryStarted, .pickedUp] {
            let half = DeliveryProgress.fraction(
                status: status, deliveryStartedAt: start, travelMinutes: 10,
                deliveredAt: nil, at: Given.minutes(27))
            #expect(half == 0.5)
        }
        #expect(
            DeliveryProgress.fraction(
                status: .cooking, deliveryStartedAt: nil, travelMinutes: nil,
                deliveredAt: nil, at: Given.minutes(27)) == nil)
        #expect(
            DeliveryProgress.fraction(
                status: .pickedUp, deliveryStartedAt: start, travelMinutes: 10,
                deliveredAt: nil, at: Given.minutes(90)) == 0.99)
        #expect(
            DeliveryProgress.fraction(
                status: .delivered, deliveryStartedAt: start, travelMinutes: 10,
                deliveredAt: Given.minutes(30), at: Given.minutes(30)) == 1)
    }

    @Test func aConfirmationWithoutATimeTakesTheStoresAndALateOneHandsOverToTheTimer() {
        #expect(ConfirmationPolicy.defaultCookMinutes(for: Given.store) == Given.store.currentPrepMinutes)
        let busy = StoreDecider.evolve(Given.store, .modeChanged(.init(mode: .busy, at: Given.noon)))
        #expect(
            ConfirmationPolicy.defaultCookMinutes(for: busy)
                == busy.settings.prepMinutes + busy.settings.busyExtraMinutes)
        #expect(ConfirmationPolicy.timerTakesOver(after: .confirmationWindowPassed(minutes: 5)))
        #expect(!ConfirmationPolicy.timerTakesOver(after: .notConfirmable(status: .cooking)))
    }
}
