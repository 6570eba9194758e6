import Testing
@testable import DeliveryBench

/// Reading `/proc`: a process's parent and CPU ticks, its PSS, and the server's tree.
@Suite("Process tree readings")
struct ProcessTreeTests {
    @Test func aStatLineGivesParentAndTicksEvenWhenTheNameHasSpacesAndParentheses() throws {
        let line = "4242 (baedal (x) y) S 4000 4242 4242 34816 4242 4194560 1200 0 3 0 157 43 0 0 20 0 3 0 9876 123456 789\n"
        let stat = try #require(ProcessStat(line))
        #expect(stat.pid == 4242)
        #expect(stat.parent == 4000)
        #expect(stat.userTicks == 157)
        #expect(stat.systemTicks == 43)
        #expect(stat.ticks == 200)
    }

    @Test func aTruncatedStatLineIsNotAProcess() {
        #expect(ProcessStat("4242 (baedal) S 1 2") == nil)
        #expect(ProcessStat("") == nil)
    }

    @Test func pssComesFromItsOwnLineInKiB() {
        let rollup = """
            55d0c0a00000-7ffd5f1f0000 ---p 00000000 00:00 0                          [rollup]
            Rss:               12844 kB
            Pss:                5123 kB
            Pss_Dirty:          3000 kB
            Pss_Anon:           2900 kB
            """
        #expect(SmapsRollup.pssKiB(rollup) == 5123)
        #expect(SmapsRollup.pssKiB("Rss: 1 kB") == nil)
    }

    @Test func theTreeIsTheRootAndEveryDescendantButNoOneElse() throws {
        func stat(_ pid: Int32, _ parent: Int32, _ ticks: Int) throws -> ProcessStat {
            try #require(ProcessStat("\(pid) (p) S \(parent) 0 0 0 0 0 0 0 0 0 \(ticks) 0"))
        }
        let processes = [
            try stat(1, 0, 0), try stat(100, 1, 5), try stat(101, 100, 7), try stat(102, 100, 9),
            try stat(103, 101, 1), try stat(200, 1, 50),
        ]
        let tree = ProcessTree.members(of: 100, in: processes).map(\.pid)
        #expect(Set(tree) == [100, 101, 102, 103])
    }

    @Test func cpuIsTheTicksGainedByEveryProcessInTheSecondReading() {
        let perSecond = ProcessTree.ticksPerSecond
        let before: [Int32: UInt64] = [100: 10, 101: 20, 102: 5]
        // 102 ended (its last ticks are lost); 103 started and counts from zero.
        let after: [Int32: UInt64] = [100: 15, 101: 20, 103: 7]
        #expect(ProcessTree.cpuSeconds(from: before, to: after) == 12 / perSecond)
    }

    @Test func theServersPortIsReadFromItsServingLine() {
        #expect(ServerProcess.port(inServingLine: "Serving /tmp/x/serve.sqlite on 127.0.0.1:40123: ssh -p 40123 NAME@127.0.0.1") == 40123)
        #expect(ServerProcess.port(inServingLine: "Host key: /tmp/x") == nil)
    }
}

/// CPU as a share of one core, over the time between two readings' middles.
@Suite("CPU readings")
struct CPUReadingTests {
    @Test func theShareIsTheTicksGainedOverTheSecondsBetweenReadings() {
        let t0 = ContinuousClock.now
        let perSecond = UInt64(ProcessTree.ticksPerSecond)
        let first = CPUReading(ticks: [1: 0, 2: 0], at: t0)
        // Two processes, 15 s of CPU between them, over 10 s: one and a half cores.
        let second = CPUReading(ticks: [1: 10 * perSecond, 2: 5 * perSecond], at: t0 + .seconds(10))
        #expect(abs(first.cores(until: second) - 1.5) < 1e-9)
        #expect(first.cores(until: first) == 0)
    }
}
