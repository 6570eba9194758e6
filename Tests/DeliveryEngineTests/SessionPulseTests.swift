import DeliveryDomain
import Foundation
import Testing
@testable import DeliveryEngine

/// The pulse an idle session takes on each tick: one read that says whether the log moved and
/// whether a timer is due, agreeing with what `fireDueTimeouts` then finds.
@Suite("The session pulse")
struct SessionPulseTests {
    @Test func itSaysATimerIsDueExactlyWhenFiringTimersHasWork() async throws {
        let world = try await TestWorld.make()
        let order = try await world.paidOrder()
        // Nothing has caught the read models up since the order was placed: the pulse cannot
        // tell, so it sends the session to fire the timers, which catches them up.
        let placed = try await world.engine.pulse()
        #expect(placed.head == (try await world.engine.headPosition()))
        #expect(placed.timersDue)
        #expect(try await world.engine.fireDueTimeouts().isEmpty)
        #expect(!(try await world.engine.pulse().timersDue))

        world.clock.advance(by: 4 * 60)
        #expect(!(try await world.engine.pulse().timersDue))
        world.clock.advance(by: 60)
        #expect(try await world.engine.pulse().timersDue)
        #expect(try await world.engine.fireDueTimeouts() == [order])

        let after = try await world.engine.pulse()
        #expect(!after.timersDue)
        #expect(after.head > placed.head, "the cancellation moved the head")
    }

    @Test func itSaysWhenTheReadModelsAreMerelyBehind() async throws {
        let world = try await TestWorld.make()
        _ = try await world.paidOrder()
        // A change made elsewhere: the read models have not taken it in, and no timer is due.
        let behind = try await world.engine.pulse()
        #expect(behind.readModelsBehind)
        #expect(behind.timersDue, "the read models cannot say, so firing timers stays allowed")
        try await world.engine.refresh()
        let current = try await world.engine.pulse()
        #expect(!current.readModelsBehind)
        #expect(!current.timersDue)
        #expect(current.head == behind.head)
    }

    @Test func withoutAWorkerItReportsNoHealth() async throws {
        let world = try await TestWorld.make()
        #expect(try await world.engine.pulse().health == nil)
    }
}
