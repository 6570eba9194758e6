import Crypto
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSH
@testable import SessionServer

/// A ``SessionServer`` on a free local port that admits any name and password (as a newcomer,
/// like `ssh new@…`), with sessions that only record what reaches them: what the server lets
/// through to a session is what these tests look at.
struct TestServer {
    let server: SessionServer
    let hosting: RecordingHosting
    let log: NIOLockedValueBox<[String]>

    static func start(limits: ServerLimits = ServerLimits(), holdingInput: Bool = false) async throws -> TestServer {
        let hosting = RecordingHosting(holdingInput: holdingInput)
        let log = NIOLockedValueBox<[String]>([])
        var configuration = SessionServer.Configuration(
            hostKey: HostKey(privateKey: Curve25519.Signing.PrivateKey()), hosting: hosting, gate: AdmitEveryone(),
            log: { line in log.withLockedValue { $0.append(line) } })
        configuration.port = 0
        configuration.limits = limits
        let server = try await SessionServer.start(configuration)
        return TestServer(server: server, hosting: hosting, log: log)
    }

    func stop() async {
        hosting.releaseInput()
        await server.drain(grace: 0)
    }

    var logLines: [String] { log.withLockedValue { $0 } }
}

struct AdmitEveryone: AccountGate {
    func admit(name: String, password: String, from address: String) async -> Admission { .admitted(.newcomer) }
}

/// Records each session's size and input. Holding input, it takes none in until released (a
/// session that has fallen behind).
final class RecordingHosting: SessionHosting {
    struct State {
        var sizes: [WindowSize] = []
        var received = 0
        var held: [@Sendable () -> Void] = []
        var holding: Bool
    }
    let state: NIOLockedValueBox<State>

    init(holdingInput: Bool) { state = NIOLockedValueBox(State(holding: holdingInput)) }

    var stillEnding: Int { 0 }
    var sessions: Int { state.withLockedValue { $0.sizes.count } }
    /// The size each session started with, then every resize, in order.
    var sizes: [WindowSize] { state.withLockedValue { $0.sizes } }
    var received: Int { state.withLockedValue { $0.received } }

    func start(_ request: SessionRequest, output: SessionOutput) throws -> any RunningSession {
        state.withLockedValue { $0.sizes.append(request.size) }
        return RecordedSession(hosting: self, output: output)
    }

    func releaseInput() {
        let held = state.withLockedValue { state in
            state.holding = false
            defer { state.held = [] }
            return state.held
        }
        for taken in held { taken() }
    }

    fileprivate func receive(_ count: Int, taken: @escaping @Sendable () -> Void) {
        let holding = state.withLockedValue { state in
            state.received += count
            if state.holding { state.held.append(taken) }
            return state.holding
        }
        if !holding { taken() }
    }

    fileprivate func resized(_ size: WindowSize) { state.withLockedValue { $0.sizes.append(size) } }
}

final class RecordedSession: RunningSession {
    let hosting: RecordingHosting
    let output: SessionOutput

    init(hosting: RecordingHosting, output: SessionOutput) {
        self.hosting = hosting
        self.output = output
    }

    func receive(_ bytes: ByteBuffer, taken: @escaping @Sendable () -> Void) { hosting.receive(bytes.readableBytes, taken: taken) }
    func resize(to size: WindowSize) { hosting.resized(size) }
    func outputWritable(_ writable: Bool) {}
    func hangUp() { output.ended(0) }
}

/// An SSH client that can send what `ssh` would not: any size, many channels, no shell.
final class TestClient: Sendable {
    let group: MultiThreadedEventLoopGroup
    let connection: any Channel
    private let signedIn: NIOLockedValueBox<Bool>

    static func connect(to server: TestServer, as name: String = "new") async throws -> TestClient {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let signedIn = NIOLockedValueBox(false)
        let connection = try await ClientBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let ssh = NIOSSHHandler(
                        role: .client(.init(userAuthDelegate: PasswordOffer(name: name), serverAuthDelegate: TrustAnyHostKey())),
                        allocator: channel.allocator, inboundChildChannelInitializer: nil)
                    try channel.pipeline.syncOperations.addHandlers([ssh, SignInWatch(signedIn: signedIn)])
                }
            }
            .connect(host: "127.0.0.1", port: server.server.port).get()
        return TestClient(group: group, connection: connection, signedIn: signedIn)
    }

    private init(group: MultiThreadedEventLoopGroup, connection: any Channel, signedIn: NIOLockedValueBox<Bool>) {
        self.group = group
        self.connection = connection
        self.signedIn = signedIn
    }

    var isSignedIn: Bool { signedIn.withLockedValue { $0 } }

    /// Opens a session channel, and asks for a pty of `size` (when given) and a shell (when `shell`).
    func openSession(size: (columns: Int, rows: Int)? = (80, 24), shell: Bool = true) async throws -> TestSession {
        let events = NIOLockedValueBox<[String]>([])
        let loop = connection.eventLoop
        let connection = self.connection
        let channel = try await loop.flatSubmit { () -> EventLoopFuture<any Channel> in
            let promise = loop.makePromise(of: (any Channel).self)
            do {
                let ssh = try connection.pipeline.syncOperations.handler(type: NIOSSHHandler.self)
                ssh.createChannel(promise, channelType: .session) { child, _ in
                    child.eventLoop.makeCompletedFuture {
                        try child.pipeline.syncOperations.addHandler(SessionEvents(events: events))
                    }
                }
            } catch {
                promise.fail(error)
            }
            return promise.futureResult
        }.get()
        if let size {
            let pty = SSHChannelRequestEvent.PseudoTerminalRequest(
                wantReply: true, term: "xterm-256color", terminalCharacterWidth: size.columns, terminalRowHeight: size.rows,
                terminalPixelWidth: 0, terminalPixelHeight: 0, terminalModes: SSHTerminalModes([:]))
            try await channel.triggerUserOutboundEvent(pty).get()
        }
        if shell {
            try await channel.triggerUserOutboundEvent(SSHChannelRequestEvent.ShellRequest(wantReply: true)).get()
        }
        return TestSession(channel: channel, events: events)
    }

    func close() async {
        try? await connection.close()
        try? await group.shutdownGracefully()
    }
}

struct TestSession: Sendable {
    let channel: any Channel
    /// "success", "failure" (replies to requests), in order.
    let events: NIOLockedValueBox<[String]>

    var replies: [String] { events.withLockedValue { $0 } }

    func resize(columns: Int, rows: Int) async throws {
        let change = SSHChannelRequestEvent.WindowChangeRequest(
            terminalCharacterWidth: columns, terminalRowHeight: rows, terminalPixelWidth: 0, terminalPixelHeight: 0)
        try await channel.triggerUserOutboundEvent(change).get()
    }

    /// Sends `count` bytes of typing in packets of `chunk`, without waiting for them to go.
    func type(_ count: Int, chunk: Int = 32 * 1024) {
        var left = count
        while left > 0 {
            let size = min(chunk, left)
            left -= size
            let bytes = ByteBuffer(repeating: UInt8(ascii: "a"), count: size)
            channel.write(SSHChannelData(type: .channel, data: .byteBuffer(bytes)), promise: nil)
        }
        channel.flush()
    }
}

final class PasswordOffer: NIOSSHClientUserAuthenticationDelegate, @unchecked Sendable {
    let name: String
    private var offered = false

    init(name: String) { self.name = name }

    func nextAuthenticationType(
        availableMethods: NIOSSHAvailableUserAuthenticationMethods,
        nextChallengePromise: EventLoopPromise<NIOSSHUserAuthenticationOffer?>
    ) {
        guard !offered, availableMethods.contains(.password) else {
            nextChallengePromise.succeed(nil)
            return
        }
        offered = true
        nextChallengePromise.succeed(NIOSSHUserAuthenticationOffer(username: name, serviceName: "", offer: .password(.init(password: "x"))))
    }
}

final class TrustAnyHostKey: NIOSSHClientServerAuthenticationDelegate, Sendable {
    func validateHostKey(hostKey: NIOSSHPublicKey, validationCompletePromise: EventLoopPromise<Void>) {
        validationCompletePromise.succeed(())
    }
}

final class SignInWatch: ChannelInboundHandler, Sendable {
    typealias InboundIn = Any
    let signedIn: NIOLockedValueBox<Bool>
    init(signedIn: NIOLockedValueBox<Bool>) { self.signedIn = signedIn }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is UserAuthSuccessEvent { signedIn.withLockedValue { $0 = true } }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) { context.close(promise: nil) }
}

final class SessionEvents: ChannelInboundHandler, Sendable {
    typealias InboundIn = SSHChannelData
    let events: NIOLockedValueBox<[String]>
    init(events: NIOLockedValueBox<[String]>) { self.events = events }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelSuccessEvent { events.withLockedValue { $0.append("success") } }
        if event is ChannelFailureEvent { events.withLockedValue { $0.append("failure") } }
        context.fireUserInboundEventTriggered(event)
    }
}

/// Polls `condition` until it holds or `timeout` passes; returns whether it held.
func eventually(within timeout: Duration = .seconds(10), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}
