import Foundation
import Testing

@testable import DeliveryDomain

/// A rider who accepted a job and cannot go gives it back before pickup; the job is open
/// again. Given these events, when the rider releases, then this event or this refusal.
@Suite("Giving a job back")
struct JobReleaseTests {
    @Test(arguments: [OrderStatus.cooking, .deliveryStarted])
    func theHolderGivesTheJobBackBeforePickup(status: OrderStatus) throws {
        let given = Given.order(until: status)
        let events = try when(given, .releaseJob(by: Given.rider, now: Given.minutes(25))).get()
        #expect(events == [.riderReleased(.init(rider: Given.rider.account, at: Given.minutes(25)))])
        let after = OrderDecider.fold(given + events)
        #expect(after.rider == nil)
        #expect(after.status == status, "only who carries it changes, not where the order is")
        #expect(after.isOpenJob)
    }

    @Test func anotherRiderCannotGiveBackAJobThatIsNotTheirs() {
        #expect(
            when(Given.order(until: .cooking), .releaseJob(by: Given.otherRider, now: Given.minutes(5))).violation
                == .notYourJob)
    }

    @Test(arguments: [OrderStatus.pickedUp, .delivered])
    func afterPickupTheJobCannotBeGivenBack(status: OrderStatus) {
        let refusal = when(Given.order(until: status), .releaseJob(by: Given.rider, now: Given.minutes(40))).violation
        #expect(refusal == .releaseAfterPickUp(status: status))
        #expect(refusal?.text(in: .english).contains("only before pick-up") == true)
        #expect(refusal?.text(in: .korean).contains("픽업 전에만") == true)
    }

    @Test func aJobNobodyHoldsHasNothingToGiveBack() {
        let refusal = when(TransitionRefusalTests.cookingWithoutRider, .releaseJob(by: Given.rider, now: Given.minutes(5)))
            .violation
        #expect(refusal == .noRiderToRelease)
        #expect(refusal?.text(in: .english) == "No rider holds this job, so there is nothing to give back.")
    }

    @Test func anOrderNotYetOpenToRidersHasNothingToGiveBackEither() {
        #expect(
            when(Given.order(until: .awaitingConfirmation), .releaseJob(by: Given.rider, now: Given.minutes(2))).violation
                == .noRiderToRelease)
    }

    @Test func onlyARiderGivesAJobBack() {
        #expect(
            when(Given.order(until: .cooking), .releaseJob(by: Given.owner, now: Given.minutes(5))).violation
                == .wrongRole(expected: .rider, actual: .owner))
    }

    @Test func afterReleaseAnotherRiderCanAcceptAndDeliver() throws {
        var events = Given.order(until: .cooking)
        events += try when(events, .releaseJob(by: Given.rider, now: Given.minutes(5))).get()
        let accepted = try when(events, .acceptJob(by: Given.otherRider, now: Given.minutes(6))).get()
        #expect(accepted == [.riderAssigned(.init(rider: Given.otherRider.account, at: Given.minutes(6)))])
        events += accepted
        // The rider who gave it back is now just another rider: the job is someone else's.
        #expect(when(events, .pickUp(by: Given.rider, now: Given.minutes(23))).violation == .notYourJob)
        #expect(when(events, .releaseJob(by: Given.rider, now: Given.minutes(7))).violation == .notYourJob)
        events += try when(events, .startDelivery(travelMinutes: 15, by: Given.owner, now: Given.minutes(22))).get()
        events += try when(events, .pickUp(by: Given.otherRider, now: Given.minutes(23))).get()
        #expect(OrderDecider.fold(events).status == .pickedUp)
    }

    @Test func theReleasingRiderMayTakeTheJobAgain() throws {
        var events = Given.order(until: .cooking)
        events += try when(events, .releaseJob(by: Given.rider, now: Given.minutes(5))).get()
        #expect(try when(events, .acceptJob(by: Given.rider, now: Given.minutes(6))).get().count == 1)
    }
}
