import DeliveryEngine
import Testing

/// Writers of one hot stream in a process take turns, so a rush decides each on its
/// predecessor's state instead of colliding.
@Suite("Taking turns on a stream")
struct StreamTurnsTests {
    @Test func writersOfOneStreamNeverOverlap() async throws {
        let turns = StreamTurns()
        let log = TurnLog()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<20 {
                group.addTask {
                    try await turns.take("stockshard-0-dish") {
                        await log.append("start \(writer)")
                        await Task.yield()  // a load and an append would suspend here
                        await log.append("end \(writer)")
                    }
                }
            }
            try await group.waitForAll()
        }
        let entries = await log.entries
        #expect(entries.count == 40)
        for pair in stride(from: 0, to: entries.count, by: 2) {
            let writer = entries[pair].dropFirst("start ".count)
            #expect(entries[pair + 1] == "end \(writer)", "a writer started while another was inside: \(entries)")
        }
    }

    @Test func anErrorStillHandsTheTurnOver() async throws {
        let turns = StreamTurns()
        await #expect(throws: TurnRefused.self) { try await turns.take("store-1") { throw TurnRefused() } }
        #expect(try await turns.take("store-1") { 42 } == 42)
    }
}

private struct TurnRefused: Error {}

private actor TurnLog {
    var entries: [String] = []
    func append(_ entry: String) { entries.append(entry) }
}
