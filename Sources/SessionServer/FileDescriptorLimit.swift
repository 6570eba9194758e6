#if canImport(Glibc)
    import Glibc
#endif

/// The number of files a process may hold open. Each session costs the server a socket and a
/// pseudo-terminal, and each connection the benchmark's client a socket: a thousand sessions
/// pass the usual soft limit of 1024, while the hard limit (often far higher) is theirs to take.
public enum FileDescriptorLimit {
    /// Raises the soft limit to the hard limit and returns the limit now in force.
    @discardableResult
    public static func raiseToHardLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 0 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        return limit.rlim_cur >= UInt64(Int.max) ? Int.max : Int(limit.rlim_cur)  // RLIM_INFINITY is all ones
    }
}
