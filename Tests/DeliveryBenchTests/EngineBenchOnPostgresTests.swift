import DeliveryBench
import Foundation
import PostgresEngine
import PostgresEventStore
import PostgresNIO
import TestScratch
import Testing

/// `baedal bench --db postgres://…`: the engine and the raw baseline both on the server, each
/// level against a raw round with as many clients and beside the one-call ceiling, in scratch
/// schemas that are gone afterwards.
@Suite(
    "baedal bench on PostgreSQL",
    .serialized,  // each test checks that no bench_… schema is left on the server, its own or another's
    .enabled(
        if: !(ProcessInfo.processInfo.environment["BAEDAL_TEST_POSTGRES_URL"] ?? "").isEmpty,
        "BAEDAL_TEST_POSTGRES_URL is not set, so the PostgreSQL benchmark is skipped. Run it with `scripts/with-postgres swift test`."
    )
)
struct EngineBenchOnPostgresTests {
    @Test func measuresTheEngineAgainstARawInsertAtEachClientCountAndLeavesNothingBehind() async throws {
        let location = try #require(ProcessInfo.processInfo.environment["BAEDAL_TEST_POSTGRES_URL"])
        let work = TestScratch.url("bench-pg")
        defer { try? FileManager.default.removeItem(at: work) }
        var plan = BenchPlan.quick(workDirectory: work, synchronous: .full)
        plan.clientCounts = [1, 4]
        plan.rawInserts = 40
        plan.warmupSecondsPerLevel = 0.1
        plan.measuredSecondsPerLevel = 0.4
        plan.logSizes = [500]
        plan.database = .postgres(location: location, backend: PostgresBackend(options: .init(maximumConnections: 4)))

        let report = try await BenchRun(plan: plan).run(progress: { _ in })
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any]
        #expect(json?["backend"] as? String == "PostgreSQL")
        let rounds = try #require((json?["raw"] as? [String: Any])?["rounds"] as? [[String: Any]])
        // Each level is bracketed by a round before and a round after it, with its client count.
        #expect(rounds.compactMap { $0["clients"] as? Int } == [1, 1, 4, 4])
        let load = try #require(json?["load"] as? [[String: Any]])
        #expect(load.compactMap { $0["clients"] as? Int } == [1, 4])
        let rates = rounds.compactMap { $0["insertsPerSecond"] as? Double }
        let oneClient = try #require(load.first?["commandsPerSecond"] as? Double)
        for level in load {
            #expect((level["orders"] as? Int ?? 0) > 0)
            let groupCommit = level["groupCommit"] as? [String: Any]
            #expect((groupCommit?["transactions"] as? Int ?? 0) > 0, "the PostgreSQL store's calls were not counted")
        }
        // After each level, one client sends groups of the level's size, one call each.
        let ceilings = try #require(json?["ceilings"] as? [[String: Any]])
        #expect(ceilings.compactMap { $0["clients"] as? Int } == [1, 4])
        for (level, ceiling) in zip(load, ceilings) {
            let grouped = try #require((level["groupCommit"] as? [String: Any])?["appendsPerTransaction"] as? Double)
            let groupSize = try #require(ceiling["groupSize"] as? Int)
            #expect(groupSize == max(1, Int(grouped.rounded())))
            let calls = try #require(ceiling["calls"] as? Int)
            let seconds = try #require(ceiling["seconds"] as? Double)
            let requestsPerSecond = try #require(ceiling["requestsPerSecond"] as? Double)
            #expect(calls > 0)
            // A group of one places in one call and pays in the next; a larger one places half
            // its size and pays for the call before's, so a call carries at least the group.
            let perCall = requestsPerSecond * seconds / Double(calls)
            #expect(groupSize == 1 ? abs(perCall - 1) < 1e-6 : perCall >= Double(groupSize) - 1)
        }
        #expect(report.text.contains("One call at a time (OneCallCeiling)"))
        let targets = try #require(json?["targets"] as? [[String: Any]])
        #expect(targets.compactMap { $0["atLeast"] as? Double } == [0.5, 2.0])
        let ratio = try #require(targets.first?["commandsPerRaw"] as? Double)
        #expect(abs(ratio - oneClient / ((rates[0] + rates[1]) / 2)) < 1e-9, "compared with the mean of its two rounds")
        // Section 3 was asked for and is not measured on PostgreSQL: the report says so and why.
        #expect((json?["logSizes"] as? [Any])?.isEmpty == true)
        #expect(report.text.contains("Not measured on PostgreSQL"))
        #expect(report.text.contains("same client count"))
        print(report.text)

        #expect(try await benchSchemas(location).isEmpty)
    }

    /// `--repeat 3`: three runs in a row, each between raw rounds of its own and compared with
    /// their mean, and the target checked on the median run, every run's ratio kept.
    @Test func repeatedRunsAreEachComparedWithTheirOwnRoundsAndJudgedOnTheMedian() async throws {
        let location = try #require(ProcessInfo.processInfo.environment["BAEDAL_TEST_POSTGRES_URL"])
        let work = TestScratch.url("bench-pg-repeat")
        defer { try? FileManager.default.removeItem(at: work) }
        var plan = BenchPlan.quick(workDirectory: work, synchronous: .full)
        plan.clientCounts = [1]
        plan.repeats = 3
        plan.rawInserts = 30
        plan.warmupSecondsPerLevel = 0.1
        plan.measuredSecondsPerLevel = 0.3
        plan.logSizes = []
        plan.database = .postgres(location: location, backend: PostgresBackend(options: .init(maximumConnections: 4)))

        let report = try await BenchRun(plan: plan).run(progress: { _ in })
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
        let rounds = try #require((json["raw"] as? [String: Any])?["rounds"] as? [[String: Any]])
        let rates = rounds.compactMap { $0["insertsPerSecond"] as? Double }
        #expect(rates.count == 6, "a round before and after each of the three runs")
        let load = try #require(json["load"] as? [[String: Any]])
        #expect(load.compactMap { $0["clients"] as? Int } == [1, 1, 1])
        #expect((json["ceilings"] as? [Any])?.count == 3)
        var runs: [Double] = []
        for (index, level) in load.enumerated() {
            let bracket = try #require(level["rawInsertsPerSecond"] as? Double)
            #expect(abs(bracket - (rates[2 * index] + rates[2 * index + 1]) / 2) < 1e-9, "run \(index + 1): its own two rounds")
            runs.append(try #require(level["commandsPerSecond"] as? Double) / bracket)
        }
        let target = try #require((json["targets"] as? [[String: Any]])?.first)
        let kept = try #require(target["commandsPerRawRuns"] as? [Double])
        #expect(zip(kept, runs).allSatisfy { abs($0 - $1) < 1e-9 } && kept.count == 3)
        let judged = try #require(target["commandsPerRaw"] as? Double)
        #expect(abs(judged - runs.sorted()[1]) < 1e-9, "the median run")
        #expect(report.text.contains("in each of 3 runs"))
        #expect(try await benchSchemas(location).isEmpty)
    }
}

/// The schemas named bench_… on the server.
private func benchSchemas(_ location: String) async throws -> [String] {
    let client = PostgresEventStore.makePlainClient(try PostgresURL(parsing: location))
    let running = Task { await client.run() }
    defer { running.cancel() }
    var names: [String] = []
    let rows = try await client.query("SELECT nspname FROM pg_namespace WHERE nspname ~ '^bench_[0-9a-f]{10}_'")
    for try await name in rows.decode(String.self) { names.append(name) }
    return names
}
