import DeliveryDomain
import DeliveryEngine
import EventStore
import Foundation
import PostgresEventStore
import Resilience

/// `baedal bench live`: one process changes the shared database, follower processes run real
/// sessions on it, and each change is timed from just before its append to the moment every
/// follower's session model has taken it in. Followers woken by the change watcher are measured
/// beside followers that poll every 100 ms, the way sessions worked before, as the baseline.
/// Then every follower is left idle and its CPU time read from `/proc`.
public struct LiveBenchRun: Sendable {
    public let plan: LiveBenchPlan

    public init(plan: LiveBenchPlan) { self.plan = plan }

    /// Changes a follower has not taken in by then are counted as missed.
    static let deadline: TimeInterval = 2

    /// On PostgreSQL (`--db postgres://…`) the run gets a scratch schema of its own
    /// (`bench_<run>_live`), dropped at the end, as `baedal bench` does: a second run on the same
    /// server starts as fresh as the first. A SQLite `--db` must be a new file.
    public func run(progress: (String) -> Void) async throws -> LiveBenchReport {
        guard PostgresURL.looksLikePostgresURL(plan.databasePath) else { return try await run(on: plan.databasePath, progress: progress) }
        let scratch = try PostgresScratch(location: plan.databasePath)
        progress("on PostgreSQL \(scratch.base), in the scratch schema \(scratch.schemaName("live")) (dropped at the end)")
        let report: LiveBenchReport
        do {
            report = try await run(on: try scratch.location("live"), progress: progress)
        } catch {
            try? await scratch.drop(scratch.url("live"))
            throw error
        }
        try await scratch.drop(scratch.url("live"))
        return report
    }

    /// Runs on `location`, which holds no events yet; the followers are stopped when it returns.
    private func run(on location: String, progress: (String) -> Void) async throws -> LiveBenchReport {
        let engine = try await DeliveryEngine.open(path: location, options: .init(hasher: .fastForTests))
        defer { try? engine.closeReadModels() }
        guard try await engine.headPosition() == 0 else {
            throw LiveBenchError(
                "\(location) already holds events. bench live writes its own store and customers: give it a new file, or leave out --db."
            )
        }
        progress("seeding a store and \(plan.sessions + plan.baselineSessions) customers")
        let (owner, store) = try await seed(engine)

        progress("starting \(plan.sessions) woken and \(plan.baselineSessions) polling follower sessions")
        var followers: [FollowerProcess] = []
        defer { followers.forEach { $0.stop() } }
        for index in 0..<(plan.sessions + plan.baselineSessions) {
            followers.append(
                try FollowerProcess(
                    executable: plan.executable, databasePath: location, account: Self.customerName(index),
                    polling: index >= plan.sessions))
        }
        let readyBy = Date().addingTimeInterval(60)
        for follower in followers where !follower.waitUntilReady(before: readyBy) {
            throw LiveBenchError("A follower session did not start within a minute (pid \(follower.pid)).")
        }

        progress("timing \(plan.changes) changes")
        var latencies: [Bool: [Double]] = [true: [], false: []]
        var missed: [Bool: Int] = [true: 0, false: 0]
        var random = SeededRandomNumberGenerator(seed: plan.seed)
        for change in 0..<plan.changes {
            // A pause of 10–40 ms, so that changes do not fold into one another.
            try await Task.sleep(for: .milliseconds(Int.random(in: 10...40, using: &random)))
            let start = MonotonicTime.nanoseconds()
            LiveTrace.mark("append-start")
            try await engine.setMode(change % 2 == 0 ? .busy : .open, of: store, as: owner)
            LiveTrace.mark("append-returned")
            let head = try await engine.headPosition()
            let by = Date().addingTimeInterval(Self.deadline)
            for follower in followers {
                let woken = !follower.polling
                if let seen = follower.seen(head, before: by) {
                    latencies[woken, default: []].append(Double(seen &- start) / 1_000_000)
                } else {
                    missed[woken, default: 0] += 1
                }
            }
        }

        progress(String(format: "measuring idle CPU for %.0f s", plan.idleSeconds))
        try await Task.sleep(for: .milliseconds(500))  // let the last change's work finish first
        let before = followers.map { ProcessTicks.cpuSeconds(of: $0.pid) ?? 0 }
        let clock = ContinuousClock()
        let idleStart = clock.now
        try await Task.sleep(for: .seconds(plan.idleSeconds))
        let elapsed = (clock.now - idleStart).seconds
        let after = followers.map { ProcessTicks.cpuSeconds(of: $0.pid) ?? 0 }
        var idle: [Bool: Double] = [true: 0, false: 0]
        for (index, follower) in followers.enumerated() {
            idle[!follower.polling, default: 0] += max(0, after[index] - before[index])
        }

        func group(woken: Bool, sessions: Int) -> LiveBenchReport.Group {
            let sorted = (latencies[woken] ?? []).sorted()
            return LiveBenchReport.Group(
                sessions: sessions, samples: sorted.count, missed: missed[woken] ?? 0,
                p50Milliseconds: Self.percentile(50, of: sorted), p99Milliseconds: Self.percentile(99, of: sorted),
                maxMilliseconds: sorted.last ?? 0,
                idleCPUPercent: sessions > 0 ? (idle[woken] ?? 0) / elapsed / Double(sessions) * 100 : 0)
        }
        return LiveBenchReport(
            changes: plan.changes, idleSeconds: elapsed, woken: group(woken: true, sessions: plan.sessions),
            polling: plan.baselineSessions > 0 ? group(woken: false, sessions: plan.baselineSessions) : nil)
    }

    static func customerName(_ index: Int) -> String { "라이브손님\(index + 1)" }

    /// The value below which `percent` of the sorted samples fall (nearest rank); 0 for none.
    static func percentile(_ percent: Double, of sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    private func seed(_ engine: DeliveryEngine) async throws -> (Actor, StoreID) {
        let owner = try await engine.signUp(name: "라이브사장", role: .owner, password: "live-owner-1")
        let profile = StoreProfile(
            name: "라이브반점", address: "서울 마포구 양화로 1", category: "중식", hours: .allDay, minimumOrder: 0,
            deliveryFee: 3_000, payoutAccount: "국민 000-000", businessNumber: "123-45-67891")
        let store = try await engine.registerStore(profile, as: owner)
        _ = try await engine.addMenuItem(to: store, name: "짜장면", price: 7_000, as: owner)
        for index in 0..<(plan.sessions + plan.baselineSessions) {
            _ = try await engine.signUp(name: Self.customerName(index), role: .customer, password: "live-pass-\(index)")
        }
        return (owner, store)
    }
}
