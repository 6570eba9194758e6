import DeliveryDomain
import EventStore
import Foundation
import Testing

@testable import DeliveryEngine

/// A database is live or simulated for good, and a script's clock never reaches a live one.
@Suite struct DatabaseTimeTests {
    static func openLive(_ path: String, hasherForSimulated: PasswordHasher? = nil) async throws -> DeliveryEngine {
        try await DeliveryEngine.open(
            path: path,
            options: .init(
                ids: .seeded(5), hasher: .fastForTests, hasherForSimulated: hasherForSimulated, synchronous: .normal))
    }

    static func openSimulated(_ path: String, at start: Date, hasherForSimulated: PasswordHasher? = nil) async throws -> DeliveryEngine {
        try await DeliveryEngine.open(
            path: path,
            options: .init(
                clock: SimulatedClock(start), ids: .seeded(6), hasher: .fastForTests, hasherForSimulated: hasherForSimulated,
                synchronous: .normal))
    }

    @Test func aFreshDatabaseOpenedWithoutAClockIsLiveAndRefusesClockCommands() async throws {
        let path = TestWorld.temporaryPath()
        let engine = try await Self.openLive(path)
        #expect(engine.time.mode == .live)
        await #expect(throws: DeliveryError.refused(.liveClock)) { try await engine.advanceSimulatedTime(by: 6 * 60) }
        await #expect(throws: DeliveryError.refused(.liveClock)) {
            try await engine.setSimulatedTime(TestWorld.noon)
        }
        // Reopened, it stays live: the mode is in the file.
        #expect(try await Self.openLive(path).time.mode == .live)
    }

    @Test func aScriptsClockIsRefusedOnALiveDatabaseBeforeAnythingIsWritten() async throws {
        let world = try await TestWorld.make()
        let path = TestWorld.temporaryPath()
        let live = try await Self.openLive(path)
        _ = try await live.signUp(name: "김민수", role: .customer, password: "minsu-12345")
        let head = try await live.headPosition()
        await #expect(throws: DeliveryError.refused(.liveClock)) {
            _ = try await Self.openSimulated(path, at: world.clock.now())
        }
        await #expect(throws: DeliveryError.refused(.liveClock)) {
            var options = DeliveryEngine.Options(hasher: .fastForTests)
            options.time = .simulatedContinuing
            _ = try await DeliveryEngine.open(path: path, options: options)
        }
        #expect(try await live.headPosition() == head)
    }

    @Test func aSimulatedDatabaseKeepsItsTimeAcrossProcesses() async throws {
        let world = try await TestWorld.make()
        // Another process opens the file with no clock of its own, days after the story's noon.
        let other = try await Self.openLive(world.path)
        #expect(other.time.mode == .simulated)
        #expect(other.clock.now() == TestWorld.noon)
        // A script moves the time; the other process follows it on its next refresh.
        let advanced = try await world.engine.advanceSimulatedTime(by: 61 * 60)
        #expect(advanced == TestWorld.noon.addingTimeInterval(61 * 60))
        await other.followStoredTime()
        #expect(other.clock.now() == advanced)
    }

    @Test func simulatedTimeNeverRunsBehindARecordedEvent() async throws {
        let world = try await TestWorld.make()
        _ = try await world.paidOrder()
        let newest = world.clock.now()
        let head = try await world.engine.headPosition()
        await #expect(throws: DeliveryError.refused(.timeRunsBackwards(newest: newest))) {
            try await world.engine.setSimulatedTime(newest.addingTimeInterval(-60))
        }
        // A later start is fine, and so is the exact time of the newest event.
        #expect(try await world.engine.setSimulatedTime(newest) == newest)
        #expect(world.clock.now() == newest)
        #expect(try await world.engine.headPosition() == head)
    }

    @Test func aFreshSimulationMayStartItsStoryBeforeTheDefaultStart() async throws {
        let engine = try await Self.openSimulated(TestWorld.temporaryPath(), at: TestWorld.noon)
        let earlier = TestWorld.noon.addingTimeInterval(-10 * 60)
        #expect(try await engine.setSimulatedTime(earlier) == earlier)
    }

    @Test func anAdvanceIsBoundedAndAHugeOneWritesNothing() async throws {
        let world = try await TestWorld.make()
        let head = try await world.engine.headPosition()
        await #expect(throws: DeliveryError.refused(.advanceTooLong(seconds: Double(Int.max) * 60))) {
            try await world.engine.advanceSimulatedTime(by: Double(Int.max) * 60)
        }
        await #expect(throws: DeliveryError.refused(.advanceTooLong(seconds: SimulatedTimeRule.longestAdvance + 1))) {
            try await world.engine.advanceSimulatedTime(by: SimulatedTimeRule.longestAdvance + 1)
        }
        await #expect(throws: DeliveryError.refused(.timeOutOfRange)) {
            try await world.engine.setSimulatedTime(Date(timeIntervalSince1970: 5_000_000_000))
        }
        #expect(world.clock.now() == TestWorld.noon)
        #expect(try await world.engine.headPosition() == head)
        // A year is fine.
        #expect(try await world.engine.advanceSimulatedTime(by: 365 * 86_400) == TestWorld.noon.addingTimeInterval(365 * 86_400))
    }

    @Test func aWorkerOnASimulatedDatabaseJudgesPaymentDeadlinesByItsTime() async throws {
        // The story runs at noon on 2026-11-25; the worker's process starts with the wall clock.
        let world = try await OutboxWorld.make()
        _ = try await world.place()
        let workerEngine = try await DeliveryEngine.open(
            path: world.world.path,
            options: .init(
                ids: .seeded(9), payments: world.processor, hasher: .fastForTests, synchronous: .normal, queuesPayments: true))
        #expect(workerEngine.clock.now() == TestWorld.noon)
        let pass = try await world.worker("other-process", engine: workerEngine).runOnce()
        #expect(pass.paid == 1)
        #expect(pass.expired == 0)
    }

    @Test func theCheapTestHasherIsHonouredOnlyOnSimulatedDatabases() async throws {
        // `hasherForSimulated` is what BAEDAL_SCRYPT_LOG2N asks for; `hasher` stands for the full cost.
        let full = PasswordHasher(rounds: 1 << 10, blockSize: 1, parallelism: 1)
        let cheap = PasswordHasher(rounds: 1 << 4, blockSize: 1, parallelism: 1)
        let live = try await DeliveryEngine.open(
            path: TestWorld.temporaryPath(),
            options: .init(
                hasher: full, hasherForSimulated: cheap, synchronous: .normal))
        let simulated = try await DeliveryEngine.open(
            path: TestWorld.temporaryPath(),
            options: .init(
                clock: SimulatedClock(TestWorld.noon), hasher: full, hasherForSimulated: cheap, synchronous: .normal))
        for (engine, cost) in [(live, "scrypt$1024$"), (simulated, "scrypt$16$")] {
            _ = try await engine.signUp(name: "김민수", role: .customer, password: "minsu-12345")
            let hash = try await storedHash(engine, "김민수")
            #expect(hash.hasPrefix(cost), "\(engine.time.mode): \(hash.prefix(14))")
        }
    }

    @Test func aFileFromBeforeModesWhoseLogRunsAheadIsAdoptedAsSimulated() async throws {
        // A file written before modes existed, by a story 93 days ahead of today.
        let path = TestWorld.temporaryPath()
        let ahead = Date().addingTimeInterval(93 * 86_400)
        let story = try await Self.openSimulated(path, at: ahead)
        _ = try await story.signUp(name: "김민수", role: .customer, password: "minsu-12345")
        try await story.pool.write { db in try db.execute(sql: "DELETE FROM engine_time") }
        let reopened = try await Self.openLive(path)
        #expect(reopened.time.mode == .simulated)
        #expect(abs(reopened.clock.now().timeIntervalSince(ahead)) < 0.001)  // stored to the microsecond
    }

    @Test func aLiveDatabaseWhoseLogRunsAheadOfTheClockIsRefused() async throws {
        let path = TestWorld.temporaryPath()
        let live = try await Self.openLive(path)
        let ahead = Date().addingTimeInterval(3_600)
        let event = NewEvent(
            eventID: UUID(), type: "Probe", schemaVersion: 1, payload: Data("{}".utf8),
            metadata: EventMetadata(actor: "test", causationID: nil, correlationID: nil))
        _ = try await live.store.append(
            AppendRequest(
                stream: StreamID("probe-1"), expectedVersion: .noStream,
                events: [event], recordedAt: ahead))
        await #expect(throws: DeliveryError.self) { _ = try await Self.openLive(path) }
    }

    @Test func liveTimeNeverRunsBackwardsWhenTheWallClockSteps() async throws {
        let wall = SteppingClock(TestWorld.noon)
        let engine = try await DeliveryEngine.open(
            path: TestWorld.temporaryPath(),
            options: .init(
                clock: wall, hasher: .fastForTests, synchronous: .normal))
        #expect(engine.time.mode == .live)
        #expect(engine.clock.now() == TestWorld.noon)
        wall.set(TestWorld.noon.addingTimeInterval(-30))
        #expect(engine.clock.now() == TestWorld.noon)
        wall.set(TestWorld.noon.addingTimeInterval(30))
        #expect(engine.clock.now() == TestWorld.noon.addingTimeInterval(30))
    }

    private func storedHash(_ engine: DeliveryEngine, _ name: String) async throws -> String {
        let events = try await engine.store.readStream(StreamID("account-\(AccountID.forName(name).rawValue)"), fromVersion: 1)
        let payload = String(decoding: try #require(events.first).payload, as: UTF8.self)
        let start = try #require(payload.range(of: "scrypt$"))
        return String(payload[start.lowerBound...].prefix(20))
    }
}

/// A wall clock a test can step, backwards too, as NTP may: not a ``SimulatedClock``, so the
/// database it opens is live.
final class SteppingClock: EngineClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date) { current = start }
    func now() -> Date { lock.withLock { current } }
    func set(_ instant: Date) { lock.withLock { current = instant } }
}

/// Card expiry is judged by the database's time, not the machine's.
@Suite struct CardExpiryByDatabaseTimeTests {
    @Test func aCardValidTodayIsExpiredInASimulationSetAfterItsExpiry() async throws {
        let world = try await TestWorld.make()
        try await world.engine.setSimulatedTime(KoreanTime.parse("2031-01-15 12:00")!)
        let refusal = await #expect(throws: DeliveryError.self) {
            _ = try await world.engine.placeOrder(try await world.cart(), card: TestWorld.goodCard, as: world.customer)
        }
        #expect(refusal?.text(in: .english).contains("expired") == true, "\(String(describing: refusal))")
    }
}

/// A payment request whose process died before charging is not stranded where no worker runs.
@Suite struct StrandedPaymentTests {
    @Test func theTimerGivesUpARequestLeftUnansweredWhereNoWorkerRuns() async throws {
        let outbox = try await OutboxWorld.make()
        // Recorded, never charged: as if the charging process was killed right after the append.
        let placed = try await outbox.place()
        let sandbox = try await TestWorld.openEngine(outbox.world.path, clock: outbox.world.clock, seed: 11)
        #expect(try await sandbox.fireDueTimeouts().isEmpty)
        outbox.world.clock.advance(by: TimeInterval(PaymentDeadline.defaultMinutes * 60))
        #expect(try await sandbox.fireDueTimeouts() == [placed.order])
        let state = try await sandbox.orderState(placed.order)
        #expect(state.status == .cancelled)
        #expect(state.pendingPayment == nil)
    }
}
