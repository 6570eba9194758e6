import EventStore
import Foundation
import Testing

/// Wake-ups that arrive while a follower is busy fold into one: it carries events only when
/// every one of them did and they continue one another, so a follower never takes a carried
/// batch for the whole story when something in between was not carried.
@Suite("Folding wake-ups")
struct LogWakeUpTests {
    static func carrying(_ positions: ClosedRange<Int64>) -> LogWakeUp {
        LogWakeUp(
            carried: positions.map { position in
                RecordedEvent(
                    position: position, streamID: "order-1", streamVersion: Int(position), eventID: UUID(), type: "OrderPlaced",
                    schemaVersion: 1, payload: Data("{}".utf8), recordedAt: Sample.noon, metadata: .init())
            }, sharedStateMayHaveChanged: false)
    }

    @Test func appendsThatContinueOneAnotherStayCarried() {
        let folded = Self.carrying(3...4).merged(with: Self.carrying(5...5))
        #expect(folded.carried.map(\.position) == [3, 4, 5])
        #expect(!folded.sharedStateMayHaveChanged)
    }

    @Test func aGapOrAWakeUpWithoutEventsMeansReadingByPosition() {
        #expect(Self.carrying(3...4).merged(with: Self.carrying(6...6)).carried.isEmpty)
        #expect(Self.carrying(3...4).merged(with: Self.carrying(4...5)).carried.isEmpty)
        let afterAPoll = LogWakeUp.readEverything.merged(with: Self.carrying(5...5))
        #expect(afterAPoll.carried.isEmpty)
        #expect(afterAPoll.sharedStateMayHaveChanged)
        #expect(Self.carrying(3...4).merged(with: .readEverything) == .readEverything)
    }

    @Test func ownAppendsFoldIntoOwnAppendsAndAnyoneElsesIntoReadingByPosition() {
        #expect(LogWakeUp.ownAppend(head: 4).merged(with: .ownAppend(head: 7)) == .ownAppend(head: 7))
        // Another process's events after this process's own: its own carried nothing, so the
        // follower reads by position, and nothing shared changed.
        let theirs = Self.carrying(5...5)
        for folded in [LogWakeUp.ownAppend(head: 4).merged(with: theirs), theirs.merged(with: .ownAppend(head: 6))] {
            #expect(folded.carried.isEmpty)
            #expect(folded.ownAppendsUpTo == nil)
            #expect(!folded.sharedStateMayHaveChanged)
        }
        #expect(LogWakeUp.ownAppend(head: 4).merged(with: .readEverything) == .readEverything)
    }

    @Test func theWaitingWakeUpsAreTakenAsOne() {
        let wakeUps = LogWakeUps()
        #expect(wakeUps.take() == nil)
        wakeUps.post(Self.carrying(1...1))
        wakeUps.post(Self.carrying(2...3))
        #expect(wakeUps.take()?.carried.map(\.position) == [1, 2, 3])
        #expect(wakeUps.take() == nil)
    }
}
