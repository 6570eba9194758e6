import Testing
@testable import Resilience

@Suite("Backoff with full jitter")
struct BackoffTests {
    @Test("Ceilings double from the base up to the cap")
    func ceilings() {
        let backoff = Backoff(base: .milliseconds(100), cap: .seconds(2))
        let ceilings = (0..<7).map { backoff.ceiling(forRetry: $0) }
        #expect(ceilings == [100, 200, 400, 800, 1_600, 2_000, 2_000].map { Duration.milliseconds($0) })
    }

    @Test("Huge retry numbers neither overflow nor pass the cap")
    func noOverflow() {
        let backoff = Backoff(base: .seconds(1), cap: .seconds(30))
        for n in [31, 33, 62, 63, 64, 1_000, .max] {
            #expect(backoff.ceiling(forRetry: n) == .seconds(30))
        }
    }

    @Test("Every delay lies in [0, min(cap, base·2ⁿ)] over many seeded draws", arguments: [1, 2, 3, 42, 20_260_315])
    func delaysWithinBounds(seed: UInt64) {
        let backoff = Backoff(base: .milliseconds(50), cap: .seconds(3))
        var random = SeededRandomNumberGenerator(seed: seed)
        for n in 0..<12 {
            let ceiling = backoff.ceiling(forRetry: n)
            #expect(ceiling == min(.seconds(3), .milliseconds(50) * (1 << n)))
            var smallest = Duration.seconds(1_000)
            var largest = Duration.zero
            for _ in 0..<2_000 {
                let delay = backoff.delay(forRetry: n, using: &random)
                #expect(delay >= .zero && delay <= ceiling)
                smallest = min(smallest, delay)
                largest = max(largest, delay)
            }
            // Full jitter really spreads: draws reach both ends of the range.
            #expect(smallest < ceiling * 0.05)
            #expect(largest > ceiling * 0.95)
        }
    }

    @Test("Same seed, same delays")
    func reproducible() {
        let backoff = Backoff()
        var first = SeededRandomNumberGenerator(seed: 9)
        var second = SeededRandomNumberGenerator(seed: 9)
        let a = (0..<20).map { backoff.delay(forRetry: $0 % 5, using: &first) }
        let b = (0..<20).map { backoff.delay(forRetry: $0 % 5, using: &second) }
        #expect(a == b)
    }

    @Test("A zero base never waits")
    func zeroBase() {
        var random = SeededRandomNumberGenerator(seed: 1)
        #expect(Backoff(base: .zero, cap: .seconds(1)).delay(forRetry: 100, using: &random) == .zero)
    }
}
