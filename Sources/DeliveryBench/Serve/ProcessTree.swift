import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// The proportional set size in `/proc/PID/smaps_rollup`: the process's private memory plus
/// its share of every page it shares (a page mapped by ten sessions counts a tenth in each),
/// so summing it over processes counts shared code once.
enum SmapsRollup {
    /// The `Pss:` line, in KiB; nil when there is none.
    static func pssKiB(_ text: String) -> Int? {
        for line in text.split(separator: "\n") where line.hasPrefix("Pss:") {
            return line.dropFirst(4).split(separator: " ").first.flatMap { Int($0) }
        }
        return nil
    }
}

/// A process and everything it started, read from `/proc`: the server and its sessions.
struct ProcessTree: Sendable {
    let root: Int32

    /// `root` and its descendants, among `processes`.
    static func members(of root: Int32, in processes: [ProcessStat]) -> [ProcessStat] {
        var children: [Int32: [ProcessStat]] = [:]
        for process in processes { children[process.parent, default: []].append(process) }
        var found = processes.filter { $0.pid == root }
        var index = 0
        while index < found.count {
            found += children[found[index].pid] ?? []
            index += 1
        }
        return found
    }

    /// Every process's stat line now; processes that end while being read are skipped.
    static func allProcesses() -> [ProcessStat] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            guard Int32(entry) != nil else { return nil }
            return (try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8)).flatMap(ProcessStat.init)
        }
    }

    /// The tree as it is now.
    func members() -> [ProcessStat] { Self.members(of: root, in: Self.allProcesses()) }

    /// CPU ticks used so far by each member, by pid.
    func ticks() -> [Int32: UInt64] {
        Dictionary(members().map { ($0.pid, $0.ticks) }, uniquingKeysWith: max)
    }

    /// Summed PSS of the given processes, in KiB (a process that has gone counts nothing).
    static func pssKiB(of pids: [Int32]) -> Int {
        pids.reduce(0) { total, pid in
            total + ((try? String(contentsOfFile: "/proc/\(pid)/smaps_rollup", encoding: .utf8)).flatMap(SmapsRollup.pssKiB) ?? 0)
        }
    }

    /// The tree's CPU ticks now, stamped with the middle of the time the reading took: with a
    /// thousand processes under load, reading `/proc` takes long enough to skew a 10 s window.
    func cpuReading() -> CPUReading {
        let before = ContinuousClock.now
        let ticks = ticks()
        let after = ContinuousClock.now
        return CPUReading(ticks: ticks, at: before + (after - before) / 2)
    }

    /// Clock ticks per second (`getconf CLK_TCK`), the unit of `/proc/PID/stat`'s CPU times.
    static let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))

    /// CPU used between two readings, in seconds: ticks gained by every process present in
    /// the second one (a process new since the first counts from zero).
    static func cpuSeconds(from before: [Int32: UInt64], to after: [Int32: UInt64]) -> Double {
        let gained = after.reduce(UInt64(0)) { total, entry in
            total + (entry.value - min(entry.value, before[entry.key] ?? 0))
        }
        return Double(gained) / ticksPerSecond
    }
}

/// The CPU ticks of a process tree at one moment.
struct CPUReading: Sendable {
    let ticks: [Int32: UInt64]
    let at: ContinuousClock.Instant

    /// The CPU used between two readings as a share of one core (1.0 = one core busy throughout).
    func cores(until later: CPUReading) -> Double {
        let seconds = (later.at - at).seconds
        return seconds > 0 ? ProcessTree.cpuSeconds(from: ticks, to: later.ticks) / seconds : 0
    }
}
