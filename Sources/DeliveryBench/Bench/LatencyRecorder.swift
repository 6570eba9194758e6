import Histogram

/// Latencies in microseconds, kept in an HdrHistogram so that p99 and max stay exact enough
/// (3 significant digits) however many samples a run takes, at a fixed memory cost.
struct LatencyRecorder: Sendable {
    /// Anything slower than a minute is a hang, not a latency: it is clamped so it still counts.
    static let highestMicroseconds: UInt64 = 60_000_000

    private(set) var histogram = Histogram<UInt64>(
        highestTrackableValue: highestMicroseconds,
        numberOfSignificantValueDigits: .three)

    mutating func record(_ elapsed: Duration) {
        histogram.record(min(elapsed.microseconds, Self.highestMicroseconds))
    }

    /// Combines the recorders of concurrent clients into one distribution.
    mutating func add(_ other: LatencyRecorder) {
        histogram.add(other.histogram)
    }

    var summary: LatencySummary {
        LatencySummary(
            count: Int(histogram.totalCount), p50: histogram.valueAtPercentile(50),
            p99: histogram.valueAtPercentile(99), max: histogram.max, mean: histogram.mean)
    }
}

/// What the report prints of a latency distribution, in microseconds.
struct LatencySummary: Codable, Sendable {
    let count: Int
    let p50: UInt64
    let p99: UInt64
    let max: UInt64
    let mean: Double
}

extension Duration {
    var microseconds: UInt64 {
        let (seconds, attoseconds) = components
        return UInt64(max(0, seconds)) * 1_000_000 + UInt64(max(0, attoseconds)) / 1_000_000_000_000
    }

    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// Times one awaited piece of work on the monotonic clock.
func timed<T>(_ body: () async throws -> T) async rethrows -> (T, Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try await body()
    return (value, clock.now - start)
}

/// The middle value (the mean of the two middle ones for an even count); 0 for none.
func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
