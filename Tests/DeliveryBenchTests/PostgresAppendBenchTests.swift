import DeliveryBench
import Foundation
import PostgresEventStore
import Testing

/// A short run of the PostgreSQL append benchmark, to keep it working; it prints its figures.
/// `BAEDAL_PG_BENCH_SECONDS` (seconds per side and client count) makes it a real measurement.
@Suite(
    "PostgreSQL appends against a raw insert",
    .enabled(
        if: !(ProcessInfo.processInfo.environment["BAEDAL_TEST_POSTGRES_URL"] ?? "").isEmpty,
        "BAEDAL_TEST_POSTGRES_URL is not set, so the PostgreSQL benchmark is skipped. Run it with `scripts/with-postgres swift test`."
    )
)
struct PostgresAppendBenchTests {
    @Test func bothSidesAreMeasuredAtEachClientCount() async throws {
        let environment = ProcessInfo.processInfo.environment
        let url = try PostgresURL(parsing: try #require(environment["BAEDAL_TEST_POSTGRES_URL"]))
        let seconds = environment["BAEDAL_PG_BENCH_SECONDS"].flatMap(Double.init) ?? 0.3
        let clients = seconds > 1 ? [1, 4, 16, 64] : [1, 4]
        let levels = try await PostgresAppendBench.run(url: url, clients: clients, secondsPerSide: seconds)
        #expect(levels.map(\.clients) == clients)
        for level in levels {
            #expect(level.rawInsertsPerSecond > 0)
            #expect(level.appendsPerSecond > 0)
            print(
                "postgres bench: \(level.clients) clients: raw \(Int(level.rawInsertsPerSecond))/s "
                    + "(p50 \(level.rawP50Microseconds) µs, p99 \(level.rawP99Microseconds) µs), "
                    + "appends \(Int(level.appendsPerSecond))/s (p50 \(level.appendP50Microseconds) µs, "
                    + "p99 \(level.appendP99Microseconds) µs), ratio \(String(format: "%.2f", level.ratio))")
        }
    }
}
