import DeliveryDomain
import Foundation
import Synchronization
import Testing

@testable import DeliveryEngine

/// Slow password hashes run on threads of their own, a few at a time, and a flood is refused at
/// once rather than stalling the process (``PasswordChecks``).
@Suite("Password checks off the cooperative pool")
struct PasswordChecksTests {
    /// A door the test opens: work blocks on it, on the checks' own threads.
    final class Gate: Sendable {
        private let opened = DispatchSemaphore(value: 0)
        private let entered = Atomic<Int>(0)
        private let mostInside = Atomic<Int>(0)
        private let inside = Atomic<Int>(0)

        var arrivals: Int { entered.load(ordering: .sequentiallyConsistent) }
        var mostAtOnce: Int { mostInside.load(ordering: .sequentiallyConsistent) }

        func pass() {
            entered.add(1, ordering: .sequentiallyConsistent)
            let now = inside.add(1, ordering: .sequentiallyConsistent).newValue
            _ = mostInside.max(now, ordering: .sequentiallyConsistent)
            opened.wait()
            inside.subtract(1, ordering: .sequentiallyConsistent)
        }

        func open(for count: Int) {
            for _ in 0..<count { opened.signal() }
        }
    }

    @Test func workRunsOnTheChecksOwnThreadsNotOnTheCooperativePool() async throws {
        let checks = PasswordChecks(concurrency: 1, maximumWaiting: 4)
        #expect(try await checks.run { PasswordChecks.isCurrentThreadOne })
        #expect(!PasswordChecks.isCurrentThreadOne)
    }

    @Test func noMoreThanItsConcurrencyRunAtOnce() async throws {
        let checks = PasswordChecks(concurrency: 2, maximumWaiting: 8)
        let gate = Gate()
        try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 1...5 {
                group.addTask {
                    try await checks.run {
                        gate.pass()
                        return index
                    }
                }
            }
            try await waitUntil("two run and three wait") { checks.load == (running: 2, waiting: 3) }
            #expect(gate.arrivals == 2)
            gate.open(for: 5)
            var answers: [Int] = []
            for try await answer in group { answers.append(answer) }
            #expect(answers.sorted() == [1, 2, 3, 4, 5])
        }
        #expect(gate.mostAtOnce == 2)
        #expect(checks.load == (running: 0, waiting: 0))
    }

    @Test func aFloodIsRefusedAtOnceAndTheQueueStillDrains() async throws {
        let checks = PasswordChecks(concurrency: 1, maximumWaiting: 2)
        let gate = Gate()
        let running = Task { try await checks.run { gate.pass() } }
        try await waitUntil("the first runs") { checks.load.running == 1 }
        let queued = (1...2).map { _ in Task { try await checks.run { gate.pass() } } }
        try await waitUntil("two wait") { checks.load.waiting == 2 }
        await #expect(throws: PasswordChecks.NotRun.full) { try await checks.run { 0 } }
        gate.open(for: 3)
        try await running.value
        for task in queued { try await task.value }
        #expect(try await checks.run { 7 } == 7)
    }

    /// A check whose caller has gone (a dropped connection cancels its task) is taken out of the
    /// line and never runs; the caller hears `callerLeft`, and the checks behind it move up.
    @Test func aWaitingCheckWhoseCallerLeftNeverRuns() async throws {
        let checks = PasswordChecks(concurrency: 1, maximumWaiting: 4)
        let gate = Gate()
        let running = Task { try await checks.run { gate.pass() } }
        try await waitUntil("the first runs") { checks.load.running == 1 }
        let ranAnyway = Gate()
        let leaving = Task { try await checks.run { ranAnyway.pass() } }
        let staying = Task { try await checks.run { 7 } }
        try await waitUntil("two wait") { checks.load.waiting == 2 }

        leaving.cancel()
        try await waitUntil("the cancelled check has left the line") { checks.load.waiting == 1 }
        await #expect(throws: PasswordChecks.NotRun.callerLeft) { try await leaving.value }
        ranAnyway.open(for: 1)  // had it run anyway, it would pass and be counted, not hang
        gate.open(for: 1)
        try await running.value
        #expect(try await staying.value == 7)
        #expect(ranAnyway.arrivals == 0)
        #expect(checks.load == (running: 0, waiting: 0))
    }

    /// A caller cancelled before it asks never joins the line, and the checks still get their
    /// thread when it was the first to ask.
    @Test func aFirstCallerCancelledBeforeAskingLeavesTheThreadForTheNext() async throws {
        let checks = PasswordChecks(concurrency: 1, maximumWaiting: 4)
        let cancelledFirst = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await checks.run { 6 }
        }
        await #expect(throws: PasswordChecks.NotRun.callerLeft) { try await cancelledFirst.value }
        let ran = Gate()
        ran.open(for: 1)
        let next = Task {
            try await checks.run { () -> Int in
                ran.pass()
                return 7
            }
        }
        try await waitUntil("the next check has run") { ran.arrivals == 1 }
        #expect(try await next.value == 7)
    }

    /// A caller cancelled before it asks never joins the line; one cancelled while its check
    /// runs still gets the check's answer (the work is done, and a hash cannot be stopped).
    @Test func aCallerCancelledBeforeAskingNeverWaitsAndARunningCheckFinishes() async throws {
        let checks = PasswordChecks(concurrency: 1, maximumWaiting: 4)
        let gate = Gate()
        let running = Task {
            try await checks.run { () -> Int in
                gate.pass(); return 5
            }
        }
        try await waitUntil("the first runs") { checks.load.running == 1 }
        let cancelledFirst = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await checks.run { 6 }
        }
        await #expect(throws: PasswordChecks.NotRun.callerLeft) { try await cancelledFirst.value }
        #expect(checks.load.waiting == 0)
        running.cancel()
        gate.open(for: 1)
        #expect(try await running.value == 5)
    }

    /// The refusal for a dropped check says that nothing changed, in both languages.
    @Test func anAbandonedCheckIsWordedInBothLanguages() {
        #expect(DeliveryError.passwordCheckAbandoned.text(in: .korean).contains("아무것도 바꾸지 않았어요"))
        #expect(DeliveryError.passwordCheckAbandoned.text(in: .english).contains("nothing was changed"))
    }

    /// The engine's sign-in goes through the checks: when they are full it is refused with a
    /// message saying to try again, and nothing is recorded against the account (no failure,
    /// no back-off: the password was never checked).
    @Test func aSignInRefusedForBusyChecksRecordsNothing() async throws {
        let world = try await TestWorld.make()
        // A cost worth a thread (the test cast's own hashes are too cheap to leave the caller's).
        let worthAThread = PasswordHasher(rounds: PasswordHasher.workWorthAThread, blockSize: 1, parallelism: 1)
        var options = DeliveryEngine.Options(clock: world.clock, ids: .seeded(9), hasher: worthAThread, synchronous: .normal)
        let checks = PasswordChecks(concurrency: 1, maximumWaiting: 0)
        options.passwordChecks = checks
        let engine = try await DeliveryEngine.open(path: world.path, options: options)
        _ = try await engine.signUp(name: "이서연", role: .customer, password: "seoyeon-12345")
        let gate = Gate()
        let occupying = Task { try await checks.run { gate.pass() } }
        try await waitUntil("the only thread is taken") { checks.load.running == 1 }
        let head = try await engine.store.headPosition()

        await #expect(throws: DeliveryError.passwordChecksBusy) {
            try await engine.signIn(name: "이서연", password: "wrong-12345")
        }
        #expect(try await engine.store.headPosition() == head)
        #expect(DeliveryError.passwordChecksBusy.text(in: .korean).contains("몇 초 뒤에 다시"))
        #expect(DeliveryError.passwordChecksBusy.text(in: .english).contains("Try again in a few seconds"))

        gate.open(for: 1)
        try await occupying.value
        #expect(try await engine.signIn(name: "이서연", password: "seoyeon-12345").role == .customer)
    }

    @Test func aHashTooCheapToBeWorthAThreadRunsWhereItIsAsked() async throws {
        #expect(PasswordHasher.fastForTests.work < PasswordHasher.workWorthAThread)
        #expect(PasswordHasher().work >= PasswordHasher.workWorthAThread)
        let stored = try PasswordHasher().hash("minsu-12345")
        #expect(PasswordHasher.work(of: stored) == 1 << 18)
        #expect(PasswordHasher.work(of: "not a hash") == nil)
    }
}
