import Testing

@testable import SessionServer

/// Served sessions' clocks turn spread over a second, not all as the minute turns.
@Suite("Served sessions' minute lag")
struct MinuteLagTests {
    @Test("A thousand sessions' lags fill every tenth of the second about evenly, each under a second")
    func lagsSpreadEvenly() {
        var tenths = [Int](repeating: 0, count: 10)
        for n in 0..<1_000 {
            let lag = ScreenHosting.minuteLag(forSession: n)
            #expect(lag >= .zero && lag < .seconds(1))
            tenths[Int(lag.components.attoseconds / 100_000_000_000_000_000)] += 1
        }
        #expect(tenths.allSatisfy { (90...110).contains($0) }, "\(tenths)")
        // Sessions opened one after another land far apart.
        #expect(ScreenHosting.minuteLag(forSession: 0) != ScreenHosting.minuteLag(forSession: 1))
    }
}
