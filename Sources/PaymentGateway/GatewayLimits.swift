/// How long the gateway waits for its clients and how many it serves at once.
///
/// A server whose connections never time out can be blocked by anyone who opens enough of
/// them and sends nothing (1,020 idle sockets once starved every real authorisation). These
/// bounds keep a slot free for the clients that do talk, and a client over the cap is told so
/// at once (`503` with `Retry-After`) instead of hanging in the listen queue.
public struct GatewayLimits: Sendable, Equatable {
    /// From the first byte of a request to the end of its head (request line and headers).
    /// Real clients send a head in one packet; 10 s is generous even for a slow network.
    public var headerTimeout: Duration
    /// A connection that has sent no complete request part for this long, while not waiting
    /// for an answer, is closed. Clients keep pooled connections idle for a few seconds.
    public var idleTimeout: Duration
    /// Open connections beyond this get `503` and are closed. Far below the usual limit of
    /// 1,024 open files, and far above what the engine's client pool uses.
    public var maximumConnections: Int
    /// The `Retry-After` seconds sent with a `503` for too many connections.
    public var retryAfterSeconds: Int

    public init(
        headerTimeout: Duration = .seconds(10), idleTimeout: Duration = .seconds(30),
        maximumConnections: Int = 256, retryAfterSeconds: Int = 1
    ) {
        self.headerTimeout = headerTimeout
        self.idleTimeout = idleTimeout
        self.maximumConnections = max(1, maximumConnections)
        self.retryAfterSeconds = max(0, retryAfterSeconds)
    }
}
