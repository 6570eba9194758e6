import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// The CPU time this process has used (user + system, all threads). Its growth over a
/// measured window, set against the wall-clock time, tells whether a run waited on the disk
/// or on the processor, which is what decides whether more clients can help.
enum ProcessCPUTime {
    static func now() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000
    }
}
