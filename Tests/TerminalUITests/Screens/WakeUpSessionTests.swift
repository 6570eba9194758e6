import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// A running session learns of another engine's commit from the database's wake-up, not from
/// its tick: the run loop, a headless terminal, and the real inotify watcher.
@Suite("Sessions woken by changes") @MainActor
struct WakeUpSessionTests {
    @Test func anotherEnginesCommitWakesARunningSession() async throws {
        let world = try await ScreenWorld.seeded()
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world)
        await owner.press(.character("4"))  // the menu
        let wake = try #require(DatabaseWake(databasePath: world.path))

        // Another engine (another process, as far as the file knows) marks 짬뽕 sold out. The
        // watcher exists already, so the wake-up waits for the loop's first poll.
        let other = try await world.secondEngine()
        let park = try await other.signIn(name: "박사장", password: ScreenWorld.passwords["박사장"]!)
        try await other.setSoldOut(owner.owner!.menu.items[1].id, in: owner.owner!.currentStore!.id, true, as: park)

        owner.runtime.isWokenByChanges = true
        owner.runtime.safetyPoll = .seconds(30)
        let backend = HeadlessTerminal()
        var shownBy: TerminalEvent?
        await TerminalLoop.run(backend, wake: wake, tickInterval: { owner.runtime.tickInterval(at: Date()) }) { event in
            let step = await owner.runtime.handle(event)
            if owner.text.split(separator: "\n").contains(where: { $0.contains("짬뽕") && $0.contains("품절") }) {
                shownBy = event
                return .quit
            }
            // The safety poll would find it too, but 30 s later: a tick first means no wake-up came.
            return event == .tick ? .quit : step
        }
        #expect(shownBy == .wake)
        #expect(owner.text.split(separator: "\n").contains { $0.contains("짬뽕") && $0.contains("품절") })
    }

    @Test func anIdleSessionWokenByChangesTicksOnlyAsTimeRequires() async throws {
        let world = try await ScreenWorld.seeded()
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world)
        let customer = await SessionDriver.signedIn("이영희", role: .customer, in: world)
        let now = Date(timeIntervalSince1970: 1_800_000_000)  // a minute turns exactly then
        #expect(owner.runtime.tickInterval(at: now) == .milliseconds(100), "without a watcher it polls")

        owner.runtime.isWokenByChanges = true
        customer.runtime.isWokenByChanges = true
        // The incoming order's confirmation countdown is on the owner's screen: a second.
        #expect(owner.runtime.tickInterval(at: now) == .seconds(1))
        // The store list moves with nothing but the minute: until the minute turns, at most the
        // safety poll.
        #expect(customer.model.toast == nil)
        #expect(customer.runtime.tickInterval(at: now) == customer.runtime.safetyPoll)
        #expect(customer.runtime.tickInterval(at: now.addingTimeInterval(50)) == .milliseconds(10_050))

        // A served session's clock may turn a little after the minute, so that a server's
        // sessions do not all draw (and poll) at the same instant.
        customer.runtime.minuteLag = .milliseconds(400)
        #expect(customer.runtime.tickInterval(at: now.addingTimeInterval(50)) == .milliseconds(10_450))
        #expect(customer.runtime.tickInterval(at: now.addingTimeInterval(59.9)) == .milliseconds(550))
        #expect(customer.runtime.tickInterval(at: now.addingTimeInterval(60.2)) == .milliseconds(250))
        #expect(customer.runtime.tickInterval(at: now.addingTimeInterval(60.5)) == customer.runtime.safetyPoll)
    }

    /// A served session reads what it shows as it resumes; its first pulse (a safety poll, or
    /// the minute turning) must re-read only if the log moved after that, or a server's sessions
    /// opened together re-read everything together.
    @Test func aResumedSessionKnowsTheHeadItsFirstReadsSaw() async throws {
        let world = try await ScreenWorld.seeded()
        let runtime = SessionRuntime(
            start: .launcher, runner: EffectRunner(engine: world.engine, services: ScreenWorld.services), language: .korean)
        #expect(runtime.observedHead == nil)
        #expect(await runtime.resumeSignedIn(as: "이영희"))
        let head = try await world.engine.pulse().head
        #expect(runtime.observedHead == head)

        // A change after it is still taken in at the next pulse.
        let other = try await world.secondEngine()
        let park = try await other.signIn(name: "박사장", password: ScreenWorld.passwords["박사장"]!)
        let store = try await other.storeID(named: "홍콩반점")
        try await other.setMode(.paused, of: store, as: park)
        runtime.isWokenByChanges = true
        await runtime.tick(woken: true)
        #expect(runtime.observedHead.map { $0 > head } == true)
    }
}
