import EventStore
import Foundation
import Testing

@testable import PostgresEventStore

/// A small append's notification carries its events, so a follower can take them in without
/// reading the log; anything larger, or any other notification, only wakes.
@Suite("Events carried by notifications", .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipNote))
struct PostgresCarriedEventsTests {
    /// The next wake-up, or a failure after `deadline`.
    static func next(_ wakeUps: LogWakeUps, within deadline: Duration = .seconds(10)) async throws -> LogWakeUp {
        let clock = ContinuousClock()
        let end = clock.now + deadline
        while clock.now < end {
            if let wakeUp = wakeUps.take() { return wakeUp }
            try await Task.sleep(for: .milliseconds(5))
        }
        return try #require(wakeUps.take(), "no wake-up within \(deadline)")
    }

    /// Listens on `url`'s log, past the first wake-up (the one that says: read what came before).
    static func listening(_ url: PostgresURL) async throws -> LogWakeUps {
        let wakeUps = PostgresChangeListener.changes(url: url, safetyPoll: .seconds(3_600))
        #expect(try await next(wakeUps) == .readEverything)
        return wakeUps
    }

    /// Every call announced at its commit, however close together.
    static let everyCallAnnounced = PostgresEventStore.Options(announcementWindow: .zero)

    @Test func aSmallAppendCarriesItsEventsAsTheLogHoldsThem() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let url = scratch.freshURL()
            let store = try await scratch.openStore(url, options: Self.everyCallAnnounced)
            let wakeUps = try await Self.listening(url)
            defer { wakeUps.finish() }
            let metadata = EventMetadata(actor: "customer:7", causationID: UUID(), correlationID: nil)
            // Long enough that the server breaks its base64 into lines.
            let long = Sample.event(payload: #"{"memo":"\#(String(repeating: "단무지 많이 ", count: 20))"}"#, metadata: metadata)
            _ = try await store.append(Sample.append("order-1", .noStream, [long, Sample.event()]))
            let wakeUp = try await Self.next(wakeUps)
            #expect(wakeUp.carried == (try await store.everything()))
            #expect(wakeUp.carried.count == 2)
            #expect(!wakeUp.sharedStateMayHaveChanged, "an append changes the log only")

            _ = try await store.append(Sample.append("order-2", .noStream, Sample.events(1)))
            #expect(try await Self.next(wakeUps).carried == (try await store.everything()).suffix(1))
        }
    }

    @Test func theAppendingProcessKnowsItsOwnAppendsWithoutDecodingThem() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let url = scratch.freshURL()
            let mine = try await scratch.openStore(url)
            let theirs = try await scratch.openStore(url)
            let wakeUps = PostgresChangeListener.changes(url: url, safetyPoll: .seconds(3_600), appendingThrough: mine)
            defer { wakeUps.finish() }
            #expect(try await Self.next(wakeUps) == .readEverything)
            let appended = try await mine.append(Sample.append("order-1", .noStream, Sample.events(2)))
            #expect(try await Self.next(wakeUps) == .ownAppend(head: appended.lastPosition))
            // Another store's append, on the same log, is carried as before.
            _ = try await theirs.append(Sample.append("order-2", .noStream, Sample.events(1)))
            let theirWakeUp = try await Self.next(wakeUps)
            #expect(theirWakeUp.carried == (try await mine.everything()).suffix(1))
            #expect(theirWakeUp.ownAppendsUpTo == nil)
        }
    }

    @Test func anAppendTooLargeToCarryOnlyWakes() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let url = scratch.freshURL()
            let store = try await scratch.openStore(url)
            let wakeUps = try await Self.listening(url)
            defer { wakeUps.finish() }
            // Over PostgreSQL's 8000-byte limit once encoded: the append must still commit.
            let large = Sample.event(payload: #"{"memo":"\#(String(repeating: "x", count: 9_000))"}"#)
            // An append that carries nothing still says it was only an append.
            let appendOnly = LogWakeUp(sharedStateMayHaveChanged: false)
            _ = try await store.append(Sample.append("order-1", .noStream, [large]))
            #expect(try await Self.next(wakeUps) == appendOnly)
            #expect(try await store.headPosition() == 1)
            // More events than one call carries.
            let many = PostgresEventLogSchema.mostCarriedPerCall + 1
            _ = try await store.append(Sample.append("order-2", .noStream, Sample.events(many)))
            #expect(try await Self.next(wakeUps) == appendOnly)
        }
    }

    /// A store whose window no test outlives (only closing it sends what it owes), a listener
    /// on its log, and a first append announced at its commit, which opens the window.
    static func withWindowOpen(_ body: (PostgresEventStore, LogWakeUps) async throws -> Void) async throws {
        try await PostgresTestServer.withScratch { scratch in
            let url = scratch.freshURL()
            let store = try await scratch.openStore(url, options: .init(announcementWindow: .seconds(3_600)))
            let wakeUps = try await listening(url)
            defer { wakeUps.finish() }
            _ = try await store.append(Sample.append("order-1", .noStream, Sample.events(1)))
            #expect(try await next(wakeUps).carried.map(\.position) == [1], "the first is announced at its commit")
            try await body(store, wakeUps)
        }
    }

    @Test func aLoneAppendSoonAfterAnotherIsAnnouncedLaterWithoutItsEvents() async throws {
        try await Self.withWindowOpen { store, wakeUps in
            let unannounced = try await store.append(Sample.append("order-2", .noStream, Sample.events(1)))
            #expect(unannounced.lastPosition == 2)
            await store.close()
            // Sent by the store, not by the append function: the head alone, read by position.
            #expect(try await Self.next(wakeUps) == LogWakeUp(sharedStateMayHaveChanged: false))
        }
    }

    @Test func aGroupAnnouncesItselfWhateverTheWindow() async throws {
        try await Self.withWindowOpen { store, wakeUps in
            let group = [Sample.append("order-2", .noStream, Sample.events(1)), Sample.append("order-3", .noStream, Sample.events(1))]
            _ = try await store.appendInOneCall(group)
            #expect(try await Self.next(wakeUps).carried.map(\.position) == [2, 3])
        }
    }
}

/// Reading a notification's payload, without a server.
@Suite("Notification payloads")
struct NotificationPayloadTests {
    static let event = """
        {"p":5,"i":"0b6c1a52-0f6e-4d8e-9d6c-2f7a1f0e9a11","s":"order-1","v":1,"t":"OrderPlaced",\
        "sv":1,"d":"e30=","r":1,"a":null,"c":null,"k":null}
        """

    @Test func onlyWhatAddsUpIsCarried() {
        let event = Self.event
        #expect(NotificationPayload.wakeUp("other 5 w1 [\(event)]", schema: "mine") == nil, "another schema's log")
        #expect(NotificationPayload.wakeUp("mine 5", schema: "mine") == .readEverything, "the head alone: shared state")
        #expect(NotificationPayload.wakeUp("mine 5 w1 [{", schema: "mine") == .readEverything)
        #expect(NotificationPayload.wakeUp("mine 5 w1 [\(event)]", schema: "mine")?.carried.map(\.position) == [5])
        #expect(NotificationPayload.wakeUp("mine 6 w1 [\(event)]", schema: "mine") == .readEverything, "not ending at the head")
        // Too large to carry: an append all the same, so the shared state need not be read again.
        #expect(NotificationPayload.wakeUp("mine 5 w1", schema: "mine") == LogWakeUp(sharedStateMayHaveChanged: false))
        // An older build's function names no writer.
        #expect(NotificationPayload.wakeUp("mine 5 [\(event)]", schema: "mine")?.carried.map(\.position) == [5])
    }

    @Test func anAppendOfThisProcessIsKnownByItsWriterAndNotDecoded() {
        // Not even valid JSON: an own append's events are not read at all.
        #expect(NotificationPayload.wakeUp("mine 5 me [not json", schema: "mine", ownWriter: "me") == .ownAppend(head: 5))
        #expect(NotificationPayload.wakeUp("mine 5 me", schema: "mine", ownWriter: "me") == .ownAppend(head: 5), "too large to carry")
        #expect(NotificationPayload.wakeUp("mine 5", schema: "mine", ownWriter: "me") == .readEverything, "shared state")
        #expect(NotificationPayload.wakeUp("theirs 5 me [x]", schema: "mine", ownWriter: "me") == nil)
        #expect(NotificationPayload.wakeUp("mine 5 meow [\(Self.event)]", schema: "mine", ownWriter: "me")?.carried.count == 1)
    }
}
