import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Timestamps of a change on its way from a commit to another process's screen, for finding
/// where the time goes (`BAEDAL_LIVE_TRACE=1 baedal bench live`). Off unless the variable is
/// set, and then costs one `clock_gettime` and one short `write` to standard error per stage.
///
/// Each line is `live-trace STAGE PID NANOSECONDS` on the system-wide monotonic clock, so the
/// lines of every process on the machine can be merged and subtracted.
public enum LiveTrace {
    public static let isOn = ProcessInfo.processInfo.environment["BAEDAL_LIVE_TRACE"].map { !$0.isEmpty && $0 != "0" } ?? false

    /// Notes that `stage` was reached now.
    @inline(__always)
    public static func mark(_ stage: StaticString) {
        guard isOn else { return }
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        let nanoseconds = UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
        let line = "live-trace \(stage) \(getpid()) \(nanoseconds)\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
    }
}
