import EventStore
import Foundation
import Synchronization
import Testing
@testable import DeliveryEngine

/// When a read of a shared log's projection may skip asking the server: only once the follower
/// has taken in every wake-up it heard, and no append of this process finished since.
@Suite("Reads that trust the projection")
struct ReadTrustTests {
    /// Counts finished appends by hand; its log is never read here.
    final class Appends: CountsOwnAppends {
        let finished = Atomic<UInt64>(0)
        var finishedAppends: UInt64 { finished.load(ordering: .acquiring) }
        func finishOne() { finished.add(1, ordering: .releasing) }

        func append(_ request: AppendRequest) async throws -> AppendResult { fatalError("not used") }
        func appendAll(_ requests: [AppendRequest]) async throws -> [AppendResult] { fatalError("not used") }
        func readStream(_ stream: StreamID, fromVersion: Int) async throws -> [RecordedEvent] { [] }
        func readAll(afterPosition: Int64, limit: Int) async throws -> [RecordedEvent] { [] }
        func headPosition() async throws -> Int64 { 0 }
        func streamVersion(_ stream: StreamID) async throws -> Int { 0 }
    }

    @Test func nothingIsTrustedBeforeTheFollowerTookInItsFirstWakeUp() {
        let trust = ReadTrust(store: Appends())
        #expect(!trust.projectionIsCurrent)
        trust.caughtUp(from: trust.mark())  // the engine's own catch-up at open, before listening
        #expect(!trust.projectionIsCurrent)
        trust.wokenUp()
        trust.caughtUp(from: trust.mark())
        #expect(trust.projectionIsCurrent)
    }

    @Test func aWakeUpDuringACatchUpIsNotCoveredByIt() {
        let trust = ReadTrust(store: Appends())
        trust.wokenUp()
        let mark = trust.mark()
        trust.wokenUp()  // another process appended while the catch-up was reading
        trust.caughtUp(from: mark)
        #expect(!trust.projectionIsCurrent)
        trust.caughtUp(from: trust.mark())
        #expect(trust.projectionIsCurrent)
    }

    @Test func anOwnAppendIsReadBackFromTheLog() {
        let appends = Appends()
        let trust = ReadTrust(store: appends)
        trust.wokenUp()
        trust.caughtUp(from: trust.mark())
        appends.finishOne()  // `order …` returned: the next `show` must see it
        #expect(!trust.projectionIsCurrent)
        let mark = trust.mark()
        appends.finishOne()
        trust.caughtUp(from: mark)
        #expect(!trust.projectionIsCurrent)
        trust.caughtUp(from: trust.mark())
        #expect(trust.projectionIsCurrent)
    }

    /// Events a wake-up carried cover what was announced, but this process's own append may have
    /// finished before its notification came: a read after it still asks the server.
    @Test func carriedEventsCoverWhatWasAnnouncedButNotOwnAppends() {
        let appends = Appends()
        let trust = ReadTrust(store: appends)
        trust.wokenUp()
        trust.caughtUp(from: trust.markAnnounced())
        #expect(trust.projectionIsCurrent)
        appends.finishOne()
        trust.wokenUp()
        trust.caughtUp(from: trust.markAnnounced())
        #expect(!trust.projectionIsCurrent)
        trust.caughtUp(from: trust.mark())
        #expect(trust.projectionIsCurrent)
    }

    @Test func catchUpsFinishingOutOfOrderKeepWhatEachCovered() {
        let appends = Appends()
        let trust = ReadTrust(store: appends)
        trust.wokenUp()
        let early = trust.mark()  // wake-ups 1, appends 0
        appends.finishOne()
        let late = trust.mark()  // wake-ups 1, appends 1
        trust.caughtUp(from: late)
        trust.caughtUp(from: early)  // finishing last must not undo what `late` covered
        #expect(trust.projectionIsCurrent)
    }
}
