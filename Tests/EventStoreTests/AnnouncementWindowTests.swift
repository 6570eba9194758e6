import Testing

@testable import PostgresEventStore

/// Which of a store's calls notify at their commit, and what the others are owed, with the
/// instants given by the test (in milliseconds from its start).
@Suite("The announcement window")
struct AnnouncementWindowTests {
    /// A window and the test's clock, so that each step reads as one expression.
    final class Window {
        private var window: AnnouncementWindow
        private let start = ContinuousClock.now

        init(milliseconds: Int) {
            window = AnnouncementWindow(length: .milliseconds(milliseconds))
        }

        func at(_ milliseconds: Int) -> ContinuousClock.Instant {
            start + .milliseconds(milliseconds)
        }

        func announces(requests: Int = 1, at milliseconds: Int) -> Bool {
            window.callAnnounces(requests: requests, at: at(milliseconds))
        }

        func due(after written: AnnouncementWindow.Written, at milliseconds: Int) -> ContinuousClock.Instant? {
            window.owedNotificationDue(after: written, at: at(milliseconds))
        }

        func sendOwed(at milliseconds: Int) -> AnnouncementWindow.Owed? {
            window.takeOwed(at: at(milliseconds))
        }

        var owed: AnnouncementWindow.Owed? { window.owed }
    }

    @Test func loneAppendsInsideTheWindowAreOwedOneNotificationAtItsEnd() {
        let window = Window(milliseconds: 5)
        #expect(window.announces(at: 0), "the first of a run")
        #expect(!window.announces(at: 1))
        #expect(window.due(after: .upTo(7), at: 2) == window.at(5), "due when the window ends")
        #expect(!window.announces(at: 3))
        #expect(window.due(after: .upTo(9), at: 4) == nil, "already owed")
        // Past the window, but a notification is owed: it will cover this call too.
        #expect(!window.announces(at: 6))
        #expect(window.due(after: .upTo(8), at: 6) == nil)
        #expect(window.sendOwed(at: 6) == .upTo(9), "the highest position written")
        #expect(window.sendOwed(at: 6) == nil, "sent once")
        // Sending it started a new window.
        #expect(!window.announces(at: 10))
        #expect(window.due(after: .upTo(10), at: 10) == window.at(11))
        #expect(window.sendOwed(at: 11) == .upTo(10))
        #expect(window.announces(at: 17), "a lone append after a quiet window")
    }

    @Test func aGroupAlwaysAnnouncesItself() {
        let window = Window(milliseconds: 5)
        #expect(window.announces(at: 0))
        #expect(!window.announces(at: 1))
        #expect(window.due(after: .upTo(2), at: 1) != nil)
        #expect(window.announces(requests: 2, at: 2), "owed or not, inside the window or not")
        #expect(window.announces(requests: 30, at: 3))
    }

    @Test func aLostAnswerIsOwedTheLogsHeadAndARefusalNothing() {
        let window = Window(milliseconds: 5)
        #expect(window.announces(at: 0))
        #expect(window.due(after: .nothing, at: 1) == nil, "a refused call wrote nothing")
        #expect(window.owed == nil)
        #expect(window.due(after: .upTo(4), at: 2) == window.at(5))
        #expect(window.due(after: .unknown, at: 3) == nil)
        #expect(window.due(after: .upTo(6), at: 4) == nil)
        #expect(window.sendOwed(at: 5) == .logHead, "what a lost answer wrote is read from the head")
    }

    @Test func aZeroWindowAnnouncesEveryCall() {
        let window = Window(milliseconds: 0)
        for milliseconds in [0, 0, 1, 1] {
            #expect(window.announces(at: milliseconds))
        }
        #expect(window.owed == nil)
    }
}
