import Foundation

/// One line of `/proc/PID/stat`: who the process's parent is and the CPU time it has used
/// (all its threads, in clock ticks).
struct ProcessStat: Equatable, Sendable {
    let pid: Int32
    let parent: Int32
    let userTicks: UInt64
    let systemTicks: UInt64

    var ticks: UInt64 { userTicks + systemTicks }

    /// Parses the line; nil when it is not one. The command name (field 2) is in parentheses
    /// and may itself hold spaces and parentheses, so the fields are counted from the last `)`.
    init?(_ line: String) {
        guard let open = line.firstIndex(of: "("), let close = line.lastIndex(of: ")"),
            let pid = Int32(line[..<open].trimmingCharacters(in: .whitespaces))
        else { return nil }
        // After ")": state, ppid, pgrp, session, tty, tpgid, flags, minflt, cminflt, majflt,
        // cmajflt, utime, stime… (fields 3, 4, … 14, 15 of proc(5)).
        let fields = line[line.index(after: close)...].split(separator: " ")
        guard fields.count >= 13, let parent = Int32(fields[1]), let user = UInt64(fields[11]),
            let system = UInt64(fields[12])
        else { return nil }
        self.pid = pid
        self.parent = parent
        userTicks = user
        systemTicks = system
    }
}
