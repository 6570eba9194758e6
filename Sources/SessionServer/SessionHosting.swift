import DeliveryDomain
import NIOCore

/// What a session channel runs for a person: their screens, drawn by this process
/// (``ScreenHosting``, the default) or by a process of their own on a pseudo-terminal
/// (``ProcessHosting``). The channel sees only this protocol: it relays keys, resizes, flow
/// control and the end, and the session's screen comes back through ``SessionOutput``.
public protocol SessionHosting: Sendable {
    /// Starts the visitor's session. Throws (with a message for the operator) when it cannot.
    func start(_ request: SessionRequest, output: SessionOutput) throws -> any RunningSession
    /// Sessions whose connection is gone but which have not finished ending (a process not yet
    /// reaped); a stopping server waits for them.
    var stillEnding: Int { get }
}

/// What a session starts from: who, and the terminal the client asked for.
public struct SessionRequest: Sendable {
    public var visitor: Visitor
    /// The connection's address, from its socket: a password typed in the session (the
    /// launcher's sign-in, a password change) is throttled by it, as the SSH sign-in was.
    public var address: String
    /// The client's TERM (`xterm-256color` when it sent none).
    public var term: String
    public var size: WindowSize
    /// The client sent NO_COLOR.
    public var noColor: Bool
    /// The client sent NO_MOUSE: its terminal keeps the mouse (for selecting text).
    public var noMouse: Bool
    /// The client's BAEDAL_LANG (`ssh -o SetEnv=BAEDAL_LANG=en`), else Korean: the language the
    /// session's screens are worded in.
    public var language: Language = .standard
    /// The connection's event loop; a session may run its I/O there.
    public var eventLoop: any EventLoop
}

/// Where a running session's screen goes, and how it says it has ended. Both may be called
/// from any thread; writes arrive in the order they were made, and `ended` comes once, after
/// the last write.
public struct SessionOutput: Sendable {
    public let write: @Sendable (ByteBuffer) -> Void
    public let ended: @Sendable (_ status: Int32) -> Void

    public init(write: @escaping @Sendable (ByteBuffer) -> Void, ended: @escaping @Sendable (Int32) -> Void) {
        self.write = write
        self.ended = ended
    }
}

/// A session as its channel drives it. Called on the connection's event loop.
public protocol RunningSession: Sendable {
    /// Bytes the person typed. `taken` is called (on any thread) once the session has taken
    /// them in: the channel stops reading while too much is not yet taken, so a client that
    /// sends faster than its session keeps up is held back by SSH flow control.
    func receive(_ bytes: ByteBuffer, taken: @escaping @Sendable () -> Void)
    func resize(to size: WindowSize)
    /// Whether the connection can take more output now: a session must stop sending (and hold
    /// at most a bounded amount) while it cannot.
    func outputWritable(_ writable: Bool)
    /// Ends the session now: the connection dropped, sat idle, or the server is stopping.
    /// ``SessionOutput/ended`` follows.
    func hangUp()
}
