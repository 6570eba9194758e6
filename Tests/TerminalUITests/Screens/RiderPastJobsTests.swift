import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing

@testable import TerminalUI

/// Every change in the log asks a rider's pages again; past jobs, the longest list and shown on
/// one page only, are asked only while that page is open.
@Suite("Rider's past jobs are read while shown") @MainActor
struct RiderPastJobsTests {
    @Test func aChangeReadsPastJobsOnlyWhileTheirPageIsOpen() async throws {
        var h = try await UpdateHarness.signedIn("정라이더", role: .rider)
        let past = Fetch.riderJobs(h.rider.actor, finished: true)
        #expect(h.send(.storeChanged(head: 100)).fetches.contains(.riderJobs(h.rider.actor, finished: false)))
        #expect(!h.send(.storeChanged(head: 101)).fetches.contains(past))

        #expect(h.press(.character("3")).fetches == [past], "the page reads them as it opens")
        #expect(h.send(.storeChanged(head: 102)).fetches.contains(past))
        #expect(h.press(.character("3")).fetches.isEmpty, "already open")

        #expect(h.press(.tab).fetches.isEmpty)
        #expect(h.rider.section == .open)
        #expect(!h.send(.storeChanged(head: 103)).fetches.contains(past))
        #expect(h.press(.backTab).fetches == [past])
    }
}
