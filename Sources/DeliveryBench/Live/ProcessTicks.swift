import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Another process's CPU time so far, from `/proc/PID/stat`: user plus system time, in
/// seconds. Nil once the process is gone.
enum ProcessTicks {
    static func cpuSeconds(of pid: Int32) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return nil }
        return parse(text).map { Double($0) / Double(sysconf(Int32(_SC_CLK_TCK))) }
    }

    /// utime + stime in clock ticks. The command name (field 2) is in parentheses and may hold
    /// spaces, so the fields are counted from after its closing parenthesis: utime and stime are
    /// the 12th and 13th there (fields 14 and 15 of the whole line).
    static func parse(_ stat: String) -> UInt64? {
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = UInt64(fields[11]), let system = UInt64(fields[12]) else { return nil }
        return user + system
    }
}
