@testable import CursesDriver
import Testing

/// The driver sleeps in `poll` until the next tick; the wait is rounded up, so "the tick is in
/// 0.3 ms" never becomes a 0 ms busy loop that burns a core until then.
@Suite("Poll timeouts")
@MainActor
struct PollTimeoutTests {
    @Test("Sub-millisecond waits round up to 1 ms; zero stays zero")
    func roundsUp() {
        #expect(CursesTerminal.milliseconds(roundingUp: .microseconds(300)) == 1)
        #expect(CursesTerminal.milliseconds(roundingUp: .milliseconds(250)) == 250)
        #expect(CursesTerminal.milliseconds(roundingUp: .nanoseconds(250_000_001)) == 251)
        #expect(CursesTerminal.milliseconds(roundingUp: .zero) == 0)
        #expect(CursesTerminal.milliseconds(roundingUp: .seconds(-1)) == 0)
    }
}
