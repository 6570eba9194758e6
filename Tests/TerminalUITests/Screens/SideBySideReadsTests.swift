import Foundation
import Testing
@testable import TerminalUI

/// A change makes a screen re-read several things; they are read side by side, and their answers
/// are taken in the order they were asked, as before.
@Suite("A session's reads side by side") @MainActor
struct SideBySideReadsTests {
    @Test func theReadsOfOneRoundRunAtOnce() async throws {
        var started = 0
        let clock = ContinuousClock()
        let answers = await SessionRuntime.sideBySide([1, 2, 3]) { (item: Int) -> Int? in
            started += 1
            // Each read waits for the others to start: one after the other, the first would wait
            // for reads that start only once it has answered, and give up.
            let deadline = clock.now.advanced(by: .seconds(5))
            while started < 3, clock.now < deadline { await Task.yield() }
            return started == 3 ? item : nil
        }
        #expect(answers == [1, 2, 3])
    }

    @Test func answersComeInTheOrderAskedWithoutTheEmptyOnes() async {
        let answers = await SessionRuntime.sideBySide([30, 0, 10, 20]) { (delay: Int) -> String? in
            for _ in 0..<delay { await Task.yield() }
            return delay == 0 ? nil : "\(delay)"
        }
        #expect(answers == ["30", "10", "20"])
    }
}
