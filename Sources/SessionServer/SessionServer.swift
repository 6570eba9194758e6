import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// The SSH server behind `baedal serve`: one connection per person, one session channel per
/// connection, each session a process of its own on a pseudo-terminal.
///
/// What it trusts: a session starts signed in as the account whose password (checked by the
/// gate) the connection proved, and as nobody else; newcomers get the launcher. Clients get no
/// shell, command, subsystem, port forwarding or agent forwarding: only the screens.
public final class SessionServer: Sendable {
    public struct Configuration: Sendable {
        public var host = "127.0.0.1"
        public var port = 2222
        public var hostKey: HostKey
        public var limits = ServerLimits()
        public var hosting: any SessionHosting
        public var gate: any AccountGate
        /// Public keys accounts registered; nil turns public-key sign-in off.
        public var authorizedKeys: AuthorizedKeys?
        /// Where the per-connection log lines go.
        public var log: @Sendable (String) -> Void

        public init(hostKey: HostKey, hosting: any SessionHosting, gate: any AccountGate, log: @escaping @Sendable (String) -> Void) {
            self.hostKey = hostKey
            self.hosting = hosting
            self.gate = gate
            self.log = log
        }
    }

    public let registry: SessionRegistry
    private let configuration: Configuration
    private let group: MultiThreadedEventLoopGroup
    private let listener: any Channel

    /// The port actually bound (useful with `--port 0`).
    public var port: Int { listener.localAddress?.port ?? configuration.port }

    /// Binds the listening socket; connections are served from then on.
    public static func start(_ configuration: Configuration) async throws -> SessionServer {
        // A socket and a pseudo-terminal per session: past 500 sessions the usual soft limit would refuse them.
        FileDescriptorLimit.raiseToHardLimit()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let registry = SessionRegistry(capacity: configuration.limits.maxSessions)
        let rate = AddressRateLimiter(perMinute: configuration.limits.connectionsPerMinute)
        let hostKey = configuration.hostKey.sshKey
        let limits = configuration.limits
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { connection in
                let address = connection.remoteAddress?.ipAddress ?? "unknown"
                let record = ConnectionRecord(address: address, started: Date())
                connection.closeFuture.whenComplete { _ in configuration.log(record.logLine(endedAt: Date())) }
                guard rate.allow(address) else {
                    record.ending(because: "too many connections from \(address) in the last minute")
                    return connection.close()
                }
                let authentication = PasswordAuthentication(
                    gate: configuration.gate, keys: configuration.authorizedKeys, record: record,
                    failedAttemptLimit: limits.failedAttempts, connection: connection)
                var server = SSHServerConfiguration(hostKeys: [hostKey], userAuthDelegate: authentication)
                server.maxAuthAttempts = limits.failedAttempts * 4 + 2  // "none" and key probes count too
                // The least RFC 4253 allows: swift-nio-ssh buffers up to 64 packets of a channel's
                // input while the session catches up (SessionChannel.inputWaitingLimit), so 2 MiB
                // instead of the default 8.
                server.maximumPacketSize = 32_768
                let shared = SessionChannel.Context(
                    record: record, registry: registry, hosting: configuration.hosting, limits: limits)
                closeUnlessShellStarts(connection, record, limits)
                return connection.eventLoop.makeCompletedFuture {
                    let ssh = NIOSSHHandler(role: .server(server), allocator: connection.allocator) { child, type in
                        // Only session channels: direct-tcpip and the like are refused at opening.
                        guard case .session = type else {
                            return child.eventLoop.makeFailedFuture(SessionServerError.channelTypeRefused)
                        }
                        // One session channel per connection, ever: a person has one screen, and
                        // `ssh` opens one. More would let one connection take every session slot
                        // past the per-address limit, which counts connections; a second screen
                        // is a second connection. (OpenSSH's connection sharing, ControlMaster, is
                        // refused its second session.)
                        guard record.openSessionChannel() else {
                            return child.eventLoop.makeFailedFuture(SessionServerError.secondSessionRefused)
                        }
                        return child.eventLoop.makeCompletedFuture {
                            try child.pipeline.syncOperations.addHandler(SessionChannel(shared))
                        }
                    }
                    try connection.pipeline.syncOperations.addHandlers([ssh, CloseOnError()])
                }
            }
        let listener = try await bootstrap.bind(host: configuration.host, port: configuration.port).get()
        return SessionServer(configuration: configuration, group: group, listener: listener, registry: registry)
    }

    private init(
        configuration: Configuration, group: MultiThreadedEventLoopGroup, listener: any Channel,
        registry: SessionRegistry
    ) {
        self.configuration = configuration
        self.group = group
        self.listener = listener
        self.registry = registry
    }

    /// Stops taking connections, tells every session the server is stopping, waits (up to
    /// `grace` seconds beyond the hang-up grace) for them to close, and shuts down.
    public func drain(grace: Double = 5) async {
        try? await listener.close()
        registry.endAll(because: "\r\n서버가 멈춰요. The server is stopping; please connect again later.\r\n")
        let deadline = Date().addingTimeInterval(configuration.limits.hangupGraceSeconds + grace)
        while (registry.count > 0 || configuration.hosting.stillEnding > 0) && Date() < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        try? await group.shutdownGracefully()
    }

    /// Closes a connection that has not authenticated when the time to authenticate runs out,
    /// or, signed in, has not asked for a shell as long after signing in: either would hold a
    /// descriptor for ever. (Once a shell is asked for, the session's idle check takes over.)
    private static func closeUnlessShellStarts(
        _ connection: any Channel, _ record: ConnectionRecord, _ limits: ServerLimits, after delay: Double? = nil
    ) {
        let grace = limits.authenticationSeconds
        let deadline = connection.eventLoop.scheduleTask(in: .milliseconds(Int64((delay ?? grace) * 1000))) {
            guard !record.askedForShell else { return }
            guard let admittedAt = record.admittedAt else {
                record.ending(because: "did not authenticate within \(Int(grace)) s")
                connection.close(promise: nil)
                return
            }
            let left = grace - Date().timeIntervalSince(admittedAt)
            guard left <= 0 else { return closeUnlessShellStarts(connection, record, limits, after: left) }
            record.ending(because: "signed in but asked for no shell within \(Int(grace)) s")
            connection.close(promise: nil)
        }
        connection.closeFuture.whenComplete { _ in deadline.cancel() }
    }

    /// Waits until the listening socket closes.
    public func waitUntilClosed() async {
        try? await listener.closeFuture.get()
    }
}

public enum SessionServerError: Error, CustomStringConvertible {
    case channelTypeRefused
    case secondSessionRefused
    public var description: String {
        switch self {
        case .channelTypeRefused: "Only session channels are served: no port forwarding."
        case .secondSessionRefused: "One session per connection: open another connection for another screen."
        }
    }
}

/// Closes a connection whose SSH stream failed (a protocol error, a reset).
final class CloseOnError: ChannelInboundHandler, Sendable {
    typealias InboundIn = Any
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
