/// The limits a public server needs. Each default is argued where it is declared.
public struct ServerLimits: Sendable {
    /// Sessions open at once. Drawn by the server itself, a session costs about 0.15 MiB (PSS)
    /// and no CPU while idle, and 1,000 sessions held on this 2-core machine with 200 of them
    /// typing (`baedal bench serve`, release build; see the README). With
    /// `--process-per-session` set it lower: a process costs about 4.5 MiB, and past a few
    /// hundred of them a 2-core machine slows down.
    /// Past it a client is told "busy, try again" and disconnected.
    public var maxSessions = 1_000

    /// Seconds a connection may take to authenticate. Long enough to type a password, short
    /// enough that idle half-open connections do not pile up (OpenSSH's LoginGraceTime is 120).
    public var authenticationSeconds: Double = 60

    /// Failed authentication attempts per connection before it is closed (OpenSSH's MaxAuthTries
    /// is 6; each baedal password check costs an scrypt hash, so fewer).
    public var failedAttempts = 3

    /// New connections one address may open per minute. Enough for a household behind one
    /// address; slows a password-guessing script to a crawl.
    public var connectionsPerMinute = 20

    /// Minutes without a key before a session is signed out, politely. Nobody is left holding
    /// a session slot they walked away from.
    public var idleMinutes: Double = 30

    /// Seconds a session's process gets after SIGHUP to finish before SIGKILL.
    public var hangupGraceSeconds: Double = 2

    public init() {}
}
