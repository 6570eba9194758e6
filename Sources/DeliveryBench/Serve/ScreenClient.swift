import NIOCore
import NIOPosix
import NIOSSH

/// The benchmark's SSH client, in process (swift-nio-ssh): one connection per customer, signed
/// in with the customer's key, asking for an 80×24 `xterm-256color` pty and a shell, as `ssh -t`
/// does. A few hundred `ssh` processes would cost the machine as much as the server under test.
enum ScreenClient {
    static let terminal = (columns: 80, rows: 24, term: "xterm-256color")

    /// Connects and opens the session channel; the screen's bytes then flow into `screen`.
    static func open(
        _ screen: ServedScreen, key: NIOSSHPrivateKey, host: String, port: Int, group: any EventLoopGroup
    ) async throws {
        let name = screen.customer
        let connection = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(30))
            .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let ssh = NIOSSHHandler(
                        role: .client(.init(userAuthDelegate: KeyOffer(name: name, key: key), serverAuthDelegate: AnyHostKey())),
                        allocator: channel.allocator, inboundChildChannelInitializer: nil)
                    try channel.pipeline.syncOperations.addHandlers([ssh, CloseOnFailure()])
                }
            }
            .connect(host: host, port: port).get()
        let session = connection.eventLoop.flatSubmit { () -> EventLoopFuture<any Channel> in
            let promise = connection.eventLoop.makePromise(of: (any Channel).self)
            do {
                let ssh = try connection.pipeline.syncOperations.handler(type: NIOSSHHandler.self)
                ssh.createChannel(promise, channelType: .session) { child, _ in
                    child.eventLoop.makeCompletedFuture {
                        try child.pipeline.syncOperations.addHandler(ScreenHandler(screen))
                    }
                }
            } catch {
                promise.fail(error)
            }
            return promise.futureResult
        }
        do {
            let channel = try await session.get()
            screen.attached(channel: channel, connection: connection)
        } catch {
            connection.close(promise: nil)
            throw error
        }
    }
}

/// Asks for a pty and a shell once the channel opens, then hands every byte the session
/// draws to the screen, stamped with the moment it arrived.
final class ScreenHandler: ChannelInboundHandler {
    typealias InboundIn = SSHChannelData
    private let screen: ServedScreen

    init(_ screen: ServedScreen) { self.screen = screen }

    func channelActive(context: ChannelHandlerContext) {
        let terminal = ScreenClient.terminal
        let pty = SSHChannelRequestEvent.PseudoTerminalRequest(
            wantReply: true, term: terminal.term, terminalCharacterWidth: terminal.columns, terminalRowHeight: terminal.rows,
            terminalPixelWidth: 0, terminalPixelHeight: 0, terminalModes: SSHTerminalModes([:]))
        context.triggerUserOutboundEvent(pty, promise: nil)
        context.triggerUserOutboundEvent(SSHChannelRequestEvent.ShellRequest(wantReply: true), promise: nil)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let arrived = ContinuousClock.now
        let message = unwrapInboundIn(data)
        guard case .byteBuffer(let bytes) = message.data else { return }
        screen.received(bytes.readableBytesView, at: arrived)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelFailureEvent { screen.refusedShell() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        screen.ended()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}

/// Offers the customer's key, once: a second request means the server refused it.
final class KeyOffer: NIOSSHClientUserAuthenticationDelegate, @unchecked Sendable {
    let name: String
    let key: NIOSSHPrivateKey
    private var offered = false

    init(name: String, key: NIOSSHPrivateKey) {
        self.name = name
        self.key = key
    }

    func nextAuthenticationType(
        availableMethods: NIOSSHAvailableUserAuthenticationMethods,
        nextChallengePromise: EventLoopPromise<NIOSSHUserAuthenticationOffer?>
    ) {
        guard !offered, availableMethods.contains(.publicKey) else {
            nextChallengePromise.succeed(nil)
            return
        }
        offered = true
        nextChallengePromise.succeed(
            NIOSSHUserAuthenticationOffer(username: name, serviceName: "", offer: .privateKey(.init(privateKey: key))))
    }
}

/// The server is the one this run started on loopback; its freshly made host key is not
/// checked against anything.
final class AnyHostKey: NIOSSHClientServerAuthenticationDelegate, Sendable {
    func validateHostKey(hostKey: NIOSSHPublicKey, validationCompletePromise: EventLoopPromise<Void>) {
        validationCompletePromise.succeed(())
    }
}

/// Closes a connection whose SSH stream failed (a refused key, a reset).
final class CloseOnFailure: ChannelInboundHandler, Sendable {
    typealias InboundIn = Any
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
