import Foundation
import Testing

@testable import DeliveryDomain

/// Every illegal transition has its own refusal, saying what is wrong with this order now,
/// not a neighbouring rule's message.
@Suite("Refusals name the transition")
struct TransitionRefusalTests {
    /// Paid and confirmed, but no rider has accepted the job yet.
    static var cookingWithoutRider: [OrderEvent] {
        var events = Given.order(until: .awaitingConfirmation)
        events += try! OrderDecider.decide(
            .confirm(cookMinutes: 20, by: Given.owner, now: Given.minutes(2)),
            OrderDecider.fold(events))
        return events
    }

    @Test(arguments: [OrderStatus.awaitingPayment, .awaitingConfirmation])
    func startingDeliveryBeforeCookingSaysSo(status: OrderStatus) {
        let refusal = when(Given.order(until: status), .startDelivery(travelMinutes: 15, by: Given.owner, now: Given.minutes(5)))
            .violation
        #expect(refusal == .notCooking(status: status))
        #expect(refusal?.text(in: .english).contains("cannot be confirmed") == false)
        #expect(refusal?.text(in: .english).contains("confirmed and cooking") == true)
    }

    @Test func startingDeliveryTwiceSaysItHasStarted() {
        let refusal = when(Given.order(until: .deliveryStarted), .startDelivery(travelMinutes: 15, by: Given.owner, now: Given.minutes(25)))
            .violation
        #expect(refusal == .notCooking(status: .deliveryStarted))
        #expect(refusal?.text(in: .english) == "Delivery has already started: the order is delivery started.")
    }

    @Test(arguments: [OrderStatus.pickedUp, .delivered])
    func aSecondPickUpSaysItWasPickedUp(status: OrderStatus) {
        let refusal = when(Given.order(until: status), .pickUp(by: Given.rider, now: Given.minutes(40))).violation
        #expect(refusal == .alreadyPickedUp(status: status))
        #expect(refusal?.text(in: .english).contains("not started delivery") == false)
        #expect(refusal?.text(in: .english).contains("already picked up") == true)
    }

    @Test func pickingUpAnOpenJobNobodyHoldsSaysAcceptItFirst() {
        let refusal = when(Self.cookingWithoutRider, .pickUp(by: Given.rider, now: Given.minutes(3))).violation
        #expect(refusal == .jobNotAccepted)
        #expect(refusal?.text(in: .english).contains("not waiting for a rider") == false)
        #expect(refusal?.text(in: .english).contains("accept it first") == true)
    }

    @Test func pickingUpAnOrderNotOpenToRidersStillSaysSo() {
        #expect(
            when(Given.order(until: .awaitingConfirmation), .pickUp(by: Given.rider, now: Given.minutes(3))).violation
                == .notReadyForRider(status: .awaitingConfirmation))
    }

    @Test func anEmptyReplyAsksForAReplyNotAReason() throws {
        var events = Given.order(until: .delivered)
        events += try when(events, .review(rating: 5, text: "맛있어요", by: Given.customer, now: Given.minutes(120))).get()
        let refusal = when(events, .reply(text: "  \n", by: Given.owner, now: Given.minutes(130))).violation
        #expect(refusal == .emptyReply)
        #expect(refusal?.text(in: .english).contains("reason") == false)
    }
}
