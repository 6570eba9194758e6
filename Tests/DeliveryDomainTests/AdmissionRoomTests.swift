import DeliveryDomain
import Testing

/// How many queued orders a store lets in: the kitchen's room and the minute's, whichever is less.
@Suite("Admission room")
struct AdmissionRoomTests {
    @Test func withoutLimitsNothingHoldsAnOrderBack() {
        #expect(AdmissionPolicy.unlimited.room(inKitchen: 999, admittedInLastMinute: 999) == nil)
    }

    @Test func theKitchenAloneLetsInWhatItHasRoomFor() {
        let policy = AdmissionPolicy(kitchenCapacity: 20)
        #expect(policy.room(inKitchen: 17, admittedInLastMinute: 500) == 3, "no per-minute limit: that count is ignored")
        #expect(policy.room(inKitchen: 20, admittedInLastMinute: 0) == 0)
        #expect(policy.room(inKitchen: 25, admittedInLastMinute: 0) == 0, "an over-full kitchen (capacity lowered) is no room, not less")
    }

    @Test func theMinuteAloneLetsInWhatIsLeftOfIt() {
        let policy = AdmissionPolicy(kitchenCapacity: nil, ordersPerMinute: 30)
        #expect(policy.room(inKitchen: 400, admittedInLastMinute: 12) == 18)
        #expect(policy.room(inKitchen: 0, admittedInLastMinute: 31) == 0)
    }

    @Test func bothLimitsTheTighterOneWins() {
        let policy = AdmissionPolicy(kitchenCapacity: 20, ordersPerMinute: 30)
        #expect(policy.room(inKitchen: 5, admittedInLastMinute: 25) == 5, "the minute is tighter")
        #expect(policy.room(inKitchen: 18, admittedInLastMinute: 10) == 2, "the kitchen is tighter")
        #expect(policy.room(inKitchen: 20, admittedInLastMinute: 0) == 0)
    }
}
