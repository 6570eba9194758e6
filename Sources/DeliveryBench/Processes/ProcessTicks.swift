import Foundation

/// Another process's CPU time so far, from `/proc/PID/stat` (read as ``ProcessStat``): user
/// plus system time, in seconds. Nil once the process is gone.
enum ProcessTicks {
    static func cpuSeconds(of pid: Int32) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let stat = ProcessStat(text) else {
            return nil
        }
        return Double(stat.ticks) / ProcessTree.ticksPerSecond
    }
}
